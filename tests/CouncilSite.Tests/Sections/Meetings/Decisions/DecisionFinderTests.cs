using CouncilSite.Content;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Sections.Meetings.Decisions;

namespace CouncilSite.Tests.Sections.Meetings.Decisions;

/// <summary>Decisions as clerks really write them, and the look-alikes a reader would not count.</summary>
public class DecisionFinderTests
{
    private static readonly MarkdownEngine Markdown = new();

    private static ParsedMarkdown Parse(string body) => Markdown.Parse("meetings/2026-10-15-full-council/minutes.md", body, 1);

    private static IReadOnlyList<MinutedDecision> Find(string body) => DecisionFinder.Find(Parse(body)).Decisions;

    private static MinutedDecision Single(string body) => Assert.Single(Find(body));

    [Theory]
    [InlineData("RESOLVED: That the minutes be approved.")]
    [InlineData("**RESOLVED** that the minutes be approved.")]
    [InlineData("It was RESOLVED that the minutes be approved.")]
    [InlineData("It was Resolved - that the minutes be approved.")]
    [InlineData("Resolved: that the minutes be approved.")]
    [InlineData("It was resolved that the minutes be approved.")]
    [InlineData("It was unanimously resolved that the minutes be approved.")]
    [InlineData("RESOLVED \u2013 that the minutes be approved.")]
    [InlineData("Proposed by Cllr Hollis, seconded by Cllr Sharma and resolved that the minutes be approved.")]
    [InlineData("The council resolved that the minutes be approved.")]
    public void Finds_each_way_clerks_write_a_resolution(string paragraph)
    {
        var decision = Single(paragraph);
        Assert.Equal("That the minutes be approved.", decision.Text);
    }

    [Theory]
    [InlineData("The Clerk reported that the matter remains UNRESOLVED.")]
    [InlineData("The leak in the pavilion roof has been resolved by the contractor.")]
    [InlineData("The problem was resolved to everyone's satisfaction.")]
    [InlineData("NOTED: the Clerk's report on the play area.")]
    [InlineData("It was proposed by Cllr Hollis and seconded by Cllr Sharma that the grant be increased. The proposal was not carried.")]
    [InlineData("As RESOLVED at the last meeting, the bench has been ordered.")]
    [InlineData("The Clerk confirmed that the items previously RESOLVED had been actioned.")]
    [InlineData("It was not resolved whether to replace the bench.")]
    [InlineData("Members asked how the complaint had been resolved.")]
    [InlineData("A resolution to close the car park was withdrawn; the council will resolve the matter in May.")]
    [InlineData("Items RESOLVED at the previous meeting were reviewed.")]
    public void Counts_nothing_a_reader_would_not_count_as_a_decision(string paragraph)
    {
        Assert.Empty(Find(paragraph));
    }

    [Fact]
    public void A_vote_count_is_part_of_the_decision()
    {
        var decision = Single("RESOLVED by 4 votes to 0 (1 abstention) to OBJECT to the application on the grounds of overdevelopment.");
        Assert.Equal("By 4 votes to 0 (1 abstention) to OBJECT to the application on the grounds of overdevelopment.", decision.Text);
    }

    [Fact]
    public void A_decision_mid_paragraph_is_the_text_after_the_discussion_it_closes()
    {
        var decision = Single("""
            Members agreed that speeding was a long-standing problem. Cllr Whitlock described the
            Speedwatch scheme in Ashby St Peter. It was RESOLVED to ask the Clerk to contact the police
            about a Community Speedwatch group.
            """);
        Assert.Equal("To ask the Clerk to contact the police about a Community Speedwatch group.", decision.Text);
    }

    [Fact]
    public void Resolved_at_the_start_of_a_later_line_of_a_paragraph_counts()
    {
        var decision = Single("""
            **DC/25/00112/HOU, 14 Mill Road: single-storey rear extension.** Members noted that the extension
            would not be visible from the road.
            Resolved: That the council has no objection to the application.
            """);
        Assert.Equal("That the council has no objection to the application.", decision.Text);
        Assert.Equal("DC/25/00112/HOU, 14 Mill Road: single-storey rear extension", decision.Subject);
    }

    [Fact]
    public void Two_resolutions_in_one_paragraph_are_two_decisions_each_ending_where_the_next_begins()
    {
        var decisions = Find("RESOLVED: that the budget be adopted. It was further RESOLVED that the precept be £21,600.");
        Assert.Equal(["That the budget be adopted.", "That the precept be £21,600."], decisions.Select(d => d.Text));
        Assert.Equal(decisions[0].Anchor, decisions[1].Anchor);
    }

    [Fact]
    public void A_list_after_a_resolution_ending_in_a_colon_belongs_to_it()
    {
        var decision = Single("""
            RESOLVED: That the following payments be approved:

            - Bramford Grounds Maintenance Ltd, leaf clearance, £312.00
            - Greaves Electrical Ltd, Christmas tree lights, £276.00

            The bank reconciliation was noted.
            """);
        Assert.Equal("That the following payments be approved:", decision.Text);
        Assert.Equal(["Bramford Grounds Maintenance Ltd, leaf clearance, £312.00", "Greaves Electrical Ltd, Christmas tree lights, £276.00"], decision.Items);
    }

    [Fact]
    public void A_list_after_a_resolution_that_ends_with_a_full_stop_is_not_part_of_it()
    {
        var decision = Single("""
            RESOLVED: That the payments be approved.

            - The Clerk reported the bank balance.
            """);
        Assert.Empty(decision.Items);
    }

    [Fact]
    public void A_table_after_a_colon_belongs_to_the_resolution_row_by_row()
    {
        var decision = Single("""
            RESOLVED: That the following payments be approved:

            | Payee | Amount |
            | --- | --- |
            | Mower Ltd | £120.00 |
            | Hall Committee | £45.00 |
            """);
        Assert.Equal(["Mower Ltd, £120.00", "Hall Committee, £45.00"], decision.Items);
    }

    [Fact]
    public void Resolved_on_its_own_line_takes_the_paragraph_that_follows()
    {
        var decision = Single("""
            **RESOLVED**

            That the annual return be approved and signed by the Chair.
            """);
        Assert.Equal("That the annual return be approved and signed by the Chair.", decision.Text);
    }

    [Fact]
    public void Resolutions_inside_list_items_are_found()
    {
        var decisions = Find("""
            - Planning application 26/01234: RESOLVED no objection.
            - Planning application 26/01240: RESOLVED to object on highway grounds.
            """);
        Assert.Equal(["No objection.", "To object on highway grounds."], decisions.Select(d => d.Text));
    }

    [Theory]
    [InlineData("## C048/23 Budget\n\nRESOLVED: that the budget be adopted.", "C048/23")]
    [InlineData("## F25/09 Grants\n\nRESOLVED: that the grant be paid.", "F25/09")]
    [InlineData("## Minute 25/112: Grants\n\nRESOLVED: that the grant be paid.", "25/112")]
    [InlineData("## 7. Budget and precept\n\nRESOLVED: that the budget be adopted.", "7")]
    [InlineData("## 8. Finance\n\n8.1 Resolved: That the payments be approved.", "8.1")]
    [InlineData("35.1 RESOLVED: That the payments be approved.", "35.1")]
    [InlineData("**P05/25 Planning applications**\n\nRESOLVED: no objection.", "P05/25")]
    [InlineData("35. Planning applications\n\nRESOLVED: no objection.", "35")]
    [InlineData("1. Apologies were received.\n2. RESOLVED: That the minutes be approved.", "2")]
    [InlineData("## 12 Finance\n\n1. RESOLVED: That the payments be approved.", "12.1")]
    [InlineData("## P05/25 Planning\n\n### DC/25/00187/TCA St Michael's Church\n\nRESOLVED: no objection.", "P05/25")]
    [InlineData("## Cofnod 25/112: Grantiau\n\nPENDERFYNWYD: bod y grant yn cael ei dalu.", "25/112")]
    [InlineData("## Eitem agenda 7: Cyllideb\n\nPENDERFYNWYD: mabwysiadu'r gyllideb.", "7")]
    [InlineData("## 8. Cyllid\n\n8.1 Penderfynwyd: Bod y taliadau'n cael eu cymeradwyo.", "8.1")]
    [InlineData("35.1 PENDERFYNWYD: Bod y taliadau'n cael eu cymeradwyo.", "35.1")]
    [InlineData("Cofnod 12.3 PENDERFYNWYD: Bod y taliadau'n cael eu cymeradwyo.", "12.3")]
    public void The_minute_reference_comes_from_the_item_number_or_code(string minutes, string reference)
    {
        Assert.Equal(reference, Single(minutes).Reference);
    }

    [Fact]
    public void Lettered_parts_are_cited_with_their_item()
    {
        var decisions = Find("""
            ## C041/26 Annual return

            (a) RESOLVED: That the Annual Governance Statement be approved.

            (b) Resolved: That the Accounting Statements be approved.
            """);
        Assert.Equal(["C041/26 (a)", "C041/26 (b)"], decisions.Select(d => d.Reference));
        Assert.Equal(["decision-c041-26-a", "decision-c041-26-b"], decisions.Select(d => d.Anchor));
    }

    [Fact]
    public void Items_of_a_lettered_list_are_parts_of_the_minute()
    {
        var decisions = Find("## 12 Finance\n\na. RESOLVED: That the payments be approved.\nb. RESOLVED: That the bank reconciliation be noted.");
        Assert.Equal(["12 (a)", "12 (b)"], decisions.Select(d => d.Reference));
    }

    [Fact]
    public void Minutes_kept_as_a_table_give_a_decision_for_each_row_that_resolves()
    {
        var source = Parse("""
            | Minute | Item | Decision |
            | --- | --- | --- |
            | 23/045 | Bench on the green | RESOLVED: to buy a bench from Parkware Ltd. |
            | 23/046 | Grass cutting | The report was noted. |
            """);
        var found = DecisionFinder.Find(source);
        var decision = Assert.Single(found.Decisions);
        Assert.Equal("23/045", decision.Reference);
        Assert.Equal("Bench on the green", decision.Subject);
        Assert.Equal("To buy a bench from Parkware Ltd.", decision.Text);
        Assert.Contains("<tr id=\"decision-23-045\">", Markdown.Render(source.Source, url => url, found.Anchors));
    }

    [Fact]
    public void A_bold_lead_in_names_the_subject_of_the_resolution_in_the_next_paragraph()
    {
        var decision = Single("""
            ## P23/25 Planning applications

            **(b) DC/26/00734/FUL, Pound Farm: two dwellings.** Members noted that the paddock is outside
            the settlement boundary.

            RESOLVED by 3 votes to 1 to OBJECT to the application.
            """);
        Assert.Equal("DC/26/00734/FUL, Pound Farm: two dwellings", decision.Subject);
        Assert.Equal("P23/25 (b)", decision.Reference);
    }

    [Fact]
    public void Attendance_labels_are_not_subjects()
    {
        var decision = Single("**Present:** Cllrs Ellison and Okafor.\n\nRESOLVED: That the accounts be approved.");
        Assert.Null(decision.Subject);
    }

    [Fact]
    public void A_note_of_a_councillor_returning_after_the_vote_is_not_part_of_the_decision()
    {
        var decision = Single("Cllr Tranter left the room. It was RESOLVED to accept the quotation from Wendham Fencing. Cllr Tranter returned.");
        Assert.Equal("To accept the quotation from Wendham Fencing.", decision.Text);
    }

    [Fact]
    public void Minutes_without_numbers_give_no_reference_but_the_heading_as_subject()
    {
        var decision = Single("## Play area\n\nRESOLVED: That the springer be repaired.");
        Assert.Null(decision.Reference);
        Assert.Equal("Play area", decision.Subject);
    }

    [Fact]
    public void A_later_numbered_item_does_not_nest_under_the_one_before()
    {
        var decisions = Find("""
            35. Planning applications

            RESOLVED: no objection.

            36. Finance

            RESOLVED: That the payments be approved.
            """);
        Assert.Equal(["35", "36"], decisions.Select(d => d.Reference));
    }

    [Fact]
    public void Each_decision_gets_an_anchor_the_minutes_page_carries()
    {
        var source = Parse("""
            ## P05/25 Planning applications

            **14 Mill Road.** RESOLVED: That the council has no objection.

            **St Michael's Church.** RESOLVED: That the council has no objection.

            - RESOLVED: That the Clerk writes to the applicant.
            """);
        var found = DecisionFinder.Find(source);
        Assert.Equal(["decision-p05-25", "decision-p05-25-2", "decision-p05-25-3"], found.Decisions.Select(d => d.Anchor));

        // The page is drawn from the text parsed afresh: the anchors are given to the same blocks again.
        var html = Markdown.Render(source.Source, url => url, found.Anchors);
        Assert.Contains("<p id=\"decision-p05-25\">", html);
        Assert.Contains("<p id=\"decision-p05-25-2\">", html);
        Assert.Contains("<li id=\"decision-p05-25-3\">", html);
    }

    [Fact]
    public void Anchors_never_take_an_id_a_heading_already_has()
    {
        var source = Parse("## Decision 1\n\nRESOLVED: That the bench be replaced.");
        var found = DecisionFinder.Find(source);
        var decision = Assert.Single(found.Decisions);
        var html = Markdown.Render(source.Source, url => url, found.Anchors);
        Assert.Equal("decision-1-2", decision.Anchor);
        Assert.Contains("<h2 id=\"decision-1\">", html);
        Assert.Contains("<p id=\"decision-1-2\">", html);
    }

    [Fact]
    public void The_line_of_a_decision_is_its_line_in_the_file()
    {
        var source = Markdown.Parse("minutes.md", "Present: all.\n\nRESOLVED: That the bench be replaced.", bodyLine: 4);
        Assert.Equal(6, Assert.Single(DecisionFinder.Find(source).Decisions).Line);
    }

    [Fact]
    public void Typographic_quotes_and_dashes_read_as_rendered()
    {
        var decision = Single("RESOLVED: That the \"Bramford Bulletin\" -- the council's newsletter -- be printed.");
        Assert.Equal("That the \u201CBramford Bulletin\u201D \u2013 the council's newsletter \u2013 be printed.", decision.Text);
    }

    // Welsh minutes: PENDERFYNWYD ("it was resolved") is read as RESOLVED is, in each of its forms.

    [Theory]
    [InlineData("PENDERFYNWYD: Bod y cofnodion yn cael eu cymeradwyo.")]
    [InlineData("**PENDERFYNWYD** bod y cofnodion yn cael eu cymeradwyo.")]
    [InlineData("Penderfynwyd bod y cofnodion yn cael eu cymeradwyo.")]
    [InlineData("Penderfynwyd: bod y cofnodion yn cael eu cymeradwyo.")]
    [InlineData("PENDERFYNWYD \u2013 bod y cofnodion yn cael eu cymeradwyo.")]
    [InlineData("Ar \u00f4l trafodaeth, PENDERFYNWYD bod y cofnodion yn cael eu cymeradwyo.")]
    [InlineData("Ar \u00f4l trafodaeth, penderfynwyd bod y cofnodion yn cael eu cymeradwyo.")]
    [InlineData("Cynigiwyd gan y Cyng. Hollis, eiliwyd gan y Cyng. Sharma a phenderfynwyd bod y cofnodion yn cael eu cymeradwyo.")]
    [InlineData("Cynigiwyd gan y Cyng. Hollis, eiliwyd gan y Cyng. Sharma a PHENDERFYNWYD bod y cofnodion yn cael eu cymeradwyo.")]
    public void Finds_each_way_Welsh_minutes_write_a_resolution(string paragraph)
    {
        var decision = Single(paragraph);
        Assert.Equal("Bod y cofnodion yn cael eu cymeradwyo.", decision.Text);
    }

    [Theory]
    [InlineData("Penderfynwyd yn unfrydol i gymeradwyo'r cofnodion.", "Yn unfrydol i gymeradwyo'r cofnodion.")]
    [InlineData("Penderfynwyd cymeradwyo'r cofnodion.", "Cymeradwyo'r cofnodion.")]
    [InlineData("PENDERFYNWYD o 4 pleidlais i 0 (1 yn ymatal) i WRTHWYNEBU'r cais ar sail gorddatblygu.", "O 4 pleidlais i 0 (1 yn ymatal) i WRTHWYNEBU'r cais ar sail gorddatblygu.")]
    public void A_Welsh_resolution_keeps_what_follows_the_word(string paragraph, string text)
    {
        Assert.Equal(text, Single(paragraph).Text);
    }

    [Theory]
    [InlineData("Nid oedd penderfyniad ar y fainc.")]
    [InlineData("PENDERFYNIAD y Cyngor Sir oedd gwrthod y cais.")]
    [InlineData("Bydd y cyngor yn penderfynu ar y mater ym mis Mai.")]
    [InlineData("Gofynnodd yr aelodau i'r Clerc PENDERFYNU pryd i dorri'r gwair.")]
    [InlineData("Ni phenderfynwyd a ddylid newid y fainc.")]
    [InlineData("Ni PENDERFYNWYD a ddylid newid y fainc.")]
    [InlineData("Fel y PENDERFYNWYD yn y cyfarfod diwethaf, mae'r fainc wedi'i harchebu.")]
    [InlineData("Adolygwyd yr eitemau a PENDERFYNWYD yn y cyfarfod blaenorol.")]
    [InlineData("Adolygwyd yr eitemau a benderfynwyd yn y cyfarfod blaenorol.")]
    [InlineData("Cadarnhaodd y Clerc fod yr eitemau a BENDERFYNWYD eisoes wedi'u gweithredu.")]
    [InlineData("Nododd y Clerc y penderfynwyd ar y cais gan y Cyngor Sir.")]
    [InlineData("Mae'r gollyngiad yn nho'r pafiliwn wedi'i ddatrys.")]
    public void Counts_no_Welsh_word_that_is_not_a_resolution(string paragraph)
    {
        Assert.Empty(Find(paragraph));
    }

    [Fact]
    public void A_Welsh_decision_mid_paragraph_is_the_text_after_the_discussion_it_closes()
    {
        var decision = Single("""
            Cytunodd yr aelodau fod goryrru yn broblem ers tro. Disgrifiodd y Cyng. Whitlock gynllun
            Gwylio Cyflymder Ashby St Peter. Ar ôl trafodaeth, PENDERFYNWYD bod y Clerc yn cysylltu
            â'r heddlu ynghylch grŵp Gwylio Cyflymder Cymunedol.
            """);
        Assert.Equal("Bod y Clerc yn cysylltu â'r heddlu ynghylch grŵp Gwylio Cyflymder Cymunedol.", decision.Text);
    }

    [Fact]
    public void Penderfynwyd_at_the_start_of_a_later_line_of_a_paragraph_counts()
    {
        var decision = Single("""
            **DC/25/00112/HOU, 14 Ffordd y Felin: estyniad unllawr.** Nododd yr aelodau na fyddai'r
            estyniad i'w weld o'r ffordd.
            Penderfynwyd: Nad oes gan y cyngor wrthwynebiad i'r cais.
            """);
        Assert.Equal("Nad oes gan y cyngor wrthwynebiad i'r cais.", decision.Text);
        Assert.Equal("DC/25/00112/HOU, 14 Ffordd y Felin: estyniad unllawr", decision.Subject);
    }

    [Fact]
    public void Two_Welsh_resolutions_in_one_paragraph_are_two_decisions()
    {
        var decisions = Find("PENDERFYNWYD: bod y gyllideb yn cael ei mabwysiadu. PENDERFYNWYD hefyd bod y praesept yn £21,600.");
        Assert.Equal(["Bod y gyllideb yn cael ei mabwysiadu.", "Hefyd bod y praesept yn £21,600."], decisions.Select(d => d.Text));
    }

    [Fact]
    public void A_list_after_a_Welsh_resolution_ending_in_a_colon_belongs_to_it()
    {
        var decision = Single("""
            PENDERFYNWYD: Bod y taliadau canlynol yn cael eu cymeradwyo:

            - Bramford Grounds Maintenance Ltd, clirio dail, £312.00
            - Greaves Electrical Ltd, goleuadau'r goeden Nadolig, £276.00

            Nodwyd cysoniad y banc.
            """);
        Assert.Equal("Bod y taliadau canlynol yn cael eu cymeradwyo:", decision.Text);
        Assert.Equal(2, decision.Items.Count);
    }

    [Fact]
    public void Penderfynwyd_on_its_own_line_takes_the_paragraph_that_follows()
    {
        var decision = Single("""
            **PENDERFYNWYD**

            Bod y ffurflen flynyddol yn cael ei chymeradwyo a'i llofnodi gan y Cadeirydd.
            """);
        Assert.Equal("Bod y ffurflen flynyddol yn cael ei chymeradwyo a'i llofnodi gan y Cadeirydd.", decision.Text);
    }

    [Fact]
    public void Lettered_parts_of_Welsh_minutes_are_cited_with_their_item()
    {
        var decisions = Find("""
            ## C041/26 Ffurflen flynyddol

            (a) PENDERFYNWYD: Bod y Datganiad Llywodraethu Blynyddol yn cael ei gymeradwyo.

            (b) Penderfynwyd: Bod y Datganiadau Cyfrifyddu yn cael eu cymeradwyo.
            """);
        Assert.Equal(["C041/26 (a)", "C041/26 (b)"], decisions.Select(d => d.Reference));
    }

    [Fact]
    public void Welsh_minutes_kept_as_a_table_give_a_decision_for_each_row_that_resolves()
    {
        var decision = Single("""
            | Cofnod | Eitem | Penderfyniad |
            | --- | --- | --- |
            | 23/045 | Mainc ar y lawnt | PENDERFYNWYD: prynu mainc gan Parkware Ltd. |
            | 23/046 | Torri gwair | Nodwyd yr adroddiad a'r penderfyniad. |
            """);
        Assert.Equal("23/045", decision.Reference);
        Assert.Equal("Mainc ar y lawnt", decision.Subject);
        Assert.Equal("Prynu mainc gan Parkware Ltd.", decision.Text);
    }

    [Theory]
    [InlineData("**Yn bresennol:** Cyngh. Ellison ac Okafor.\n\nPENDERFYNWYD: Bod y cyfrifon yn cael eu cymeradwyo.")]
    [InlineData("**Ymddiheuriadau:** Cyng. Hollis.\n\nPENDERFYNWYD: Bod y cyfrifon yn cael eu cymeradwyo.")]
    [InlineData("**Aelodau'r cyhoedd:** 3.\n\nPENDERFYNWYD: Bod y cyfrifon yn cael eu cymeradwyo.")]
    public void Welsh_attendance_labels_are_not_subjects(string minutes)
    {
        Assert.Null(Single(minutes).Subject);
    }

    [Fact]
    public void A_Welsh_note_of_a_councillor_returning_after_the_vote_is_not_part_of_the_decision()
    {
        var decision = Single("Gadawodd y Cyng. Tranter yr ystafell. PENDERFYNWYD derbyn dyfynbris Wendham Fencing. Dychwelodd y Cyng. Tranter.");
        Assert.Equal("Derbyn dyfynbris Wendham Fencing.", decision.Text);
    }
}
