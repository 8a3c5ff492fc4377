#!/usr/bin/env python3
"""Deterministic benchmark corpus: one council's content, written twice from the same text.

    OUT/councilsite/   a CouncilSite folder (site.yml, meetings/<date>-<committee>/{meeting.yml,
                       agenda.md, minutes.md}, policies/, news/, pages/) that builds without errors
    OUT/hugo/          a Hugo project (content/ with the same Markdown bodies at the same
                       addresses, plus bench/hugo's config, layouts and stylesheet)

N counts Markdown documents (agendas, minutes, policies, news): about 70% meeting documents,
10% policies, 20% news. Meetings have an agenda and usually minutes; minutes carry RESOLVED
decisions; bodies hold headings, numbered items, a table and links to other documents,
written as site addresses (/meetings/<id>/minutes/) that both tools publish. Same N and seed
give byte-identical files.

Adapted from ../shared/bench/gen_corpus.py and to_councilsite.py (the project's starting point).

Usage: python3 generate.py N OUT [--seed S]
"""
import argparse
import bisect
import os
import random
import shutil
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
COUNCIL = "Little Bramford Parish Council"
VILLAGES = ["Little Bramford", "Great Bramford", "Bramford Heath", "Upper Wickham",
            "Saxby End", "Holme Green", "Fenwick Cross", "Ashcott St Mary"]
STREETS = ["Church Lane", "Mill Road", "The Green", "High Street", "Station Road",
           "Orchard Close", "Back Lane", "Rectory Road", "School Lane", "Chapel Street",
           "Meadow View", "Manor Farm Road", "Water Lane", "Bridge Street", "Kiln Way"]
# (id, name, weight, minute-reference prefix)
COMMITTEES = [
    ("full-council", "Full Council", 30, "C"), ("planning", "Planning Committee", 25, "P"),
    ("finance-and-general-purposes", "Finance and General Purposes Committee", 12, "F"),
    ("highways", "Highways and Transport Committee", 8, "H"),
    ("recreation", "Recreation and Open Spaces Committee", 8, "R"),
    ("allotments", "Allotments Working Group", 6, "A"), ("personnel", "Personnel Committee", 4, "S"),
    ("annual-parish-meeting", "Annual Parish Meeting", 2, "APM"),
    ("neighbourhood-plan", "Neighbourhood Plan Steering Group", 5, "NP"),
]
VENUES = ["Little Bramford Village Hall", "the Pavilion, Bramford Heath", "St Mary’s Church Room"]
SURNAMES = ["Smith", "Patel", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans",
            "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall", "Clarke",
            "Okafor", "Kowalski", "Hussain", "Murphy", "Baker", "Cooper", "Ward", "Fletcher"]
INITIALS = "ABCDEFGHJKLMNPRSTW"
PROPOSALS = [
    "single-storey rear extension", "two-storey side extension", "replacement garage",
    "change of use from agricultural barn to dwelling", "erection of two detached dwellings",
    "installation of solar panels on the south roof slope", "new vehicular access and dropped kerb",
    "felling of one ash tree (T1) with ash dieback", "loft conversion with rear dormer",
    "replacement windows in a listed building", "erection of a timber field shelter",
    "conversion of outbuilding to holiday let", "outline application for nine dwellings",
]
RESPONSES = ["No objection", "Objection", "Support", "Comment", "No comment", "Deferred"]
PAYEES = [
    ("Clerk's salary", "Staff costs"), ("HMRC", "PAYE and NI"), ("Anglian Water", "Allotment water supply"),
    ("Green Spaces Ltd", "Grass cutting contract"), ("Playsafe Inspections", "Play area inspection"),
    ("Village Hall Trust", "Hall hire"), ("SLCC", "Annual membership"), ("County Association of Local Councils", "Training"),
    ("EDF Energy", "Street lighting electricity"), ("Bramford Print", "Newsletter printing"),
    ("Zurich Municipal", "Insurance premium"), ("Internal auditor", "Internal audit fee"),
]
TOPICS = [
    ("planning applications", "The council considered the planning applications listed below and agreed the responses shown."),
    ("the precept", "The Responsible Financial Officer presented the draft budget and the proposed precept for the coming year."),
    ("allotments", "The allotments representative reported on plot lettings, the waiting list and the state of the water troughs."),
    ("highways", "Members noted the reports of potholes, blocked gullies and overgrown hedges passed to the highway authority."),
    ("the play area", "The annual play area inspection report was received and the medium-risk items were discussed."),
    ("grants", "Applications for small grants from local organisations were considered against the grants policy."),
    ("the village hall", "The council received an update on the village hall roof repairs and the insurance claim."),
    ("street lighting", "Members discussed the conversion of the remaining street lights to LED units."),
    ("the speed indicator device", "The data from the speed indicator device on Mill Road was reviewed."),
    ("the churchyard", "The closed churchyard maintenance schedule and the tree survey were reviewed."),
    ("the defibrillator", "The clerk confirmed the monthly defibrillator checks and the replacement of the pads."),
    ("the neighbourhood plan", "The steering group reported on the consultation responses to the draft neighbourhood plan."),
    ("dog fouling", "Members noted complaints about dog fouling on the footpaths and agreed to order new signs."),
    ("litter picking", "The volunteer litter pick was reported to have collected forty bags of rubbish."),
    ("the bus shelter", "Quotes for the repair of the bus shelter on the High Street were considered."),
]
RESOLUTIONS = [
    "That the lowest of the three quotations be accepted.",
    "That the clerk writes to the district council to request an update.",
    "That the matter be deferred until further information is available.",
    "That the expenditure be approved under section 137 of the Local Government Act 1972.",
    "That the recommendations of the report be adopted.",
    "That the item be placed on the agenda of the next meeting of the full council.",
    "To accept the grant application in full.",
    "To order four new signs for the footpaths.",
]
FILLER = [
    "The chair thanked the volunteers for their work over the winter months.",
    "The clerk was asked to write to the district council to request an update.",
    "Members agreed to defer a decision until further information was available.",
    "A member of the public asked about the timetable for the works; the chair replied that a date would be confirmed.",
    "The council noted that the matter was outside its remit and referred it to the county council.",
    "It was proposed by Councillor {a} and seconded by Councillor {b}.",
    "The council agreed to review the arrangements again at its next meeting.",
    "The report was received and its recommendations were noted.",
    "Councillor {a} declared a non-pecuniary interest as a member of the organisation concerned.",
    "The clerk reported that the contractor had completed the work to a satisfactory standard.",
    "Members asked about the cost of the works and the clerk gave the figures.",
    "It was noted that the annual return had been submitted to the external auditor on time.",
]
POLICIES = [
    "Standing Orders", "Financial Regulations", "Code of Conduct", "Complaints Procedure",
    "Grants Policy", "Allotment Tenancy Agreement", "Data Protection Policy", "Freedom of Information Publication Scheme",
    "Risk Management Policy", "Equality and Diversity Policy", "Safeguarding Policy", "Health and Safety Policy",
    "Social Media Policy", "Vexatious Correspondence Policy", "Reserves Policy", "Investment Strategy",
    "Recording of Meetings Policy", "Lone Working Policy", "Co-option Policy", "Document Retention Policy",
    "Training Policy", "Grievance Procedure", "Disciplinary Procedure", "Dignity at Work Policy",
    "Play Area Inspection Policy", "Tree Management Policy", "Emergency Plan", "Biodiversity Policy",
]
NEWS_SUBJECTS = [
    "Road closure on {street}", "Vacancy for a parish councillor", "Allotment plots available",
    "Play area to close for resurfacing", "Litter pick on Saturday", "Consultation on the neighbourhood plan",
    "New defibrillator installed at {village}", "Grass cutting schedule", "Christmas tree lighting on {street}",
    "Precept set for the coming year", "Planning application for land off {street}", "Annual parish meeting",
    "Flood warning for {village}", "Community grant scheme opens", "Bus service changes",
    "Speed watch volunteers needed", "Bin collection changes over the holidays", "Village hall reopens",
]


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fmt_date(d):
    return f"{d.day} {d.strftime('%B')} {d.year}"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def person(self):
        return f"{self.r.choice(INITIALS)}. {self.r.choice(SURNAMES)}"

    def filler(self):
        return self.r.choice(FILLER).format(a=self.r.choice(SURNAMES), b=self.r.choice(SURNAMES))

    def para(self, n_min=2, n_max=4):
        return " ".join(self.filler() for _ in range(self.r.randint(n_min, n_max)))

    def address(self):
        r = self.r
        return f"{r.randint(1, 98)} {r.choice(STREETS)}, {r.choice(VILLAGES)}"

    def planning_table(self, year):
        r = self.r
        rows = ["| Reference | Address | Proposal | Response |", "|---|---|---|---|"]
        for _ in range(r.randint(3, 5)):
            ref = f"{str(year)[2:]}/{r.randint(100, 2999):05d}/{r.choice(['FUL', 'HH', 'OUT', 'LBC', 'TPO'])}"
            rows.append(f"| {ref} | {self.address()} | {r.choice(PROPOSALS).capitalize()} | {r.choice(RESPONSES)} |")
        return "\n".join(rows)

    def payments_table(self):
        r = self.r
        rows = ["| Payee | Description | Amount |", "|---|---|---:|"]
        total = 0
        for payee, desc in r.sample(PAYEES, r.randint(3, 6)):
            amt = r.randint(1500, 250000)
            total += amt
            rows.append(f"| {payee} | {desc} | £{amt // 100:,}.{amt % 100:02d} |")
        rows.append(f"| **Total** | | **£{total // 100:,}.{total % 100:02d}** |")
        return "\n".join(rows)


def meeting_body(g, doc, earlier):
    """An agenda or minutes; links go to earlier documents by their published address."""
    r = g.r
    m, kind = doc["meeting"], doc["kind"]
    committee, d = m["name"], m["date"]
    lines = []
    if kind == "agenda":
        lines.append(f"Members of the {committee} are summoned to attend a meeting at {m['venue']} "
                     f"on {fmt_date(d)} at {m['time_text']}.")
        lines.append("")
        lines.append(f"*{g.person()}, Clerk to the Council*")
    else:
        lines.append(f"Minutes of the meeting of the {committee} held on {fmt_date(d)}.")
        lines.append("")
        lines.append("## Present")
        lines.append("")
        lines.append("Councillors " + ", ".join(g.person() for _ in range(r.randint(4, 8))) + ".")
        lines.append("")
        lines.append(f"In attendance: {g.person()} (Clerk) and {r.randint(2, 12)} members of the public.")
    lines.append("")
    lines.append("## Items of business" if kind == "agenda" else "## Proceedings")
    lines.append("")
    n = 0
    for it in ["Apologies for absence", "Declarations of interest", "Minutes of the previous meeting", "Public participation"]:
        n += 1
        lines.append(f"{n}. **{it}.** {g.filler() if kind == 'minutes' else 'To receive and note.'}")
    lines.append("")
    for title, intro in r.sample(TOPICS, r.randint(3, 5)):
        n += 1
        lines.append(f"### {n}. {title[0].upper() + title[1:]}")
        lines.append("")
        if kind == "minutes":
            lines.append(intro + " " + g.para(1, 3))
            if r.random() < 0.6:
                lines.append("")
                lines.append(f"{m['prefix']}{n:02d}/{str(d.year)[2:]} RESOLVED: {r.choice(RESOLUTIONS)}")
        else:
            lines.append(f"{intro} To consider {title} and, if thought fit, to resolve. {g.filler()}")
        lines.append("")
    if r.random() < 0.5:
        lines.append("### Planning applications")
        lines.append("")
        lines.append(g.planning_table(d.year))
    else:
        lines.append("### Schedule of payments")
        lines.append("")
        lines.append(g.payments_table())
    lines.append("")
    if earlier:
        lines.append("### Related meetings")
        lines.append("")
        for e in r.sample(earlier, min(len(earlier), r.randint(2, 3))):
            lines.append(f"- [{e['title']}]({e['address']})")
        lines.append("")
    n += 1
    lines.append(f"{n}. **Date of next meeting.** To confirm the date of the next meeting.")
    lines.append("")
    if kind == "minutes":
        lines.append(g.para(2, 3))
        lines.append("")
        lines.append(f"The meeting closed at {r.randint(8, 9)}.{r.choice(['05', '15', '32', '47'])}pm.")
        lines.append("")
    return "\n".join(lines)


def policy_body(g, title):
    r = g.r
    lines = [f"This {title.lower()} was adopted by {COUNCIL} and is reviewed every year.", "",
             f"For more information contact the Clerk, {g.person()}, at the Village Hall, Church Lane, Little Bramford.", ""]
    for i, sec in enumerate(["Purpose", "Scope", "Responsibilities", "Procedure", "Review"], 1):
        lines.append(f"## {i}. {sec}")
        lines.append("")
        for j in range(1, r.randint(3, 5)):
            lines.append(f"{i}.{j}. {g.para(1, 2)}")
        lines.append("")
        if sec == "Responsibilities":
            lines.append("| Role | Responsibility |")
            lines.append("|---|---|")
            for role in ["Clerk", "Responsible Financial Officer", "Chair", "All councillors"]:
                lines.append(f"| {role} | {g.filler()} |")
            lines.append("")
    lines.append("See also the [Standing Orders](/policies/standing-orders/) and the "
                 "[Financial Regulations](/policies/financial-regulations/).")
    lines.append("")
    return "\n".join(lines)


def news_body(g, near):
    r = g.r
    lines = [g.para(3, 5), "", "## What happens next", "", g.para(2, 3), ""]
    if near:
        e = r.choice(near)
        lines.append(f"The item was discussed at the [{e['title']}]({e['address']}).")
        lines.append("")
    return "\n".join(lines)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def front(fields):
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields) + "---\n\n"


def plan_meetings(g, n_docs, start, span):
    """Meetings with an agenda each and minutes for most, until there are n_docs documents."""
    r = g.r
    ids, weights = [c[0] for c in COMMITTEES], [c[2] for c in COMMITTEES]
    by_id = {c[0]: c for c in COMMITTEES}
    meetings, used, docs = [], set(), 0
    while docs < n_docs:
        d = start + timedelta(days=r.randint(0, span))
        cid = r.choices(ids, weights)[0]
        folder = f"{d.isoformat()}-{cid}"
        if folder in used:
            continue
        used.add(folder)
        kinds = ["agenda"] + (["minutes"] if r.random() < 0.85 and docs + 1 < n_docs else [])
        docs += len(kinds)
        hour = r.choice(["19:00", "19:30", "18:30", "10:00"])
        meetings.append(dict(id=folder, date=d, cid=cid, name=by_id[cid][1], prefix=by_id[cid][3], kinds=kinds,
                             time=hour, time_text={"19:00": "7.00pm", "19:30": "7.30pm", "18:30": "6.30pm", "10:00": "10.00am"}[hour],
                             venue=r.choice(VENUES)))
    meetings.sort(key=lambda m: (m["date"], m["id"]))
    return meetings


def generate(n, out, seed):
    g = Gen(seed)
    r = g.r
    n_pol = max(2, round(n * 0.10))
    n_news = max(1, round(n * 0.20))
    n_meet = n - n_pol - n_news
    cs, hugo = os.path.join(out, "councilsite"), os.path.join(out, "hugo")
    for folder in (cs, hugo):
        if os.path.exists(folder):
            shutil.rmtree(folder)

    start, end = date(2005, 1, 1), date(2024, 12, 31)
    span = (end - start).days
    meetings = plan_meetings(g, n_meet, start, span)
    docs = []
    for m in meetings:
        for kind in m["kinds"]:
            label = "Agenda" if kind == "agenda" else "Minutes"
            docs.append(dict(meeting=m, kind=kind, address=f"/meetings/{m['id']}/{kind}/",
                             title=f"{m['name']}: {label}, {fmt_date(m['date'])}"))

    for i, doc in enumerate(docs):
        m = doc["meeting"]
        body = meeting_body(g, doc, [e for e in docs[max(0, i - 40):i] if e["meeting"] is not m])
        if doc["kind"] == "agenda":
            # A meeting without minutes was called off: said so, as a clerk would, so the corpus builds without warnings.
            status = "" if "minutes" in m["kinds"] else "status: cancelled\n"
            write(os.path.join(cs, "meetings", m["id"], "meeting.yml"),
                  f'time: "{m["time"]}"\nlocation: {m["venue"]}\n{status}')
            ours = front([("published", (m["date"] - timedelta(days=7)).isoformat())])
        else:
            ours = front([("status", "approved")])
        write(os.path.join(cs, "meetings", m["id"], doc["kind"] + ".md"), ours + body)
        theirs = front([("title", yq(doc["title"])), ("date", m["date"].isoformat()), ("committee", yq(m["name"])),
                        ("status", "published" if doc["kind"] == "agenda" else "approved")])
        write(os.path.join(hugo, "content", "meetings", m["id"], doc["kind"] + ".md"), theirs + body)

    for i in range(n_pol):
        base = POLICIES[i % len(POLICIES)]
        title = base if i < len(POLICIES) else f"{base} ({i // len(POLICIES) + 1})"
        slug = slugify(title)
        d = start + timedelta(days=r.randint(0, span))
        body = policy_body(g, title)
        write(os.path.join(cs, "policies", slug + ".md"),
              front([("title", yq(title)), ("adopted", d.isoformat()), ("committee", "full-council")]) + body)
        write(os.path.join(hugo, "content", "policies", slug + ".md"),
              front([("title", yq(title)), ("date", d.isoformat()), ("committee", yq("Full Council")), ("status", "adopted")]) + body)

    used = set()
    dates = [doc["meeting"]["date"] for doc in docs]
    for i in range(n_news):
        d = start + timedelta(days=r.randint(0, span))
        title = r.choice(NEWS_SUBJECTS).format(street=r.choice(STREETS), village=r.choice(VILLAGES))
        base = f"{d.isoformat()}-{slugify(title)}"
        slug, k = base, 2
        while slug in used:
            slug, k = f"{base}-{k}", k + 1
        used.add(slug)
        lo = bisect.bisect_left(dates, d - timedelta(days=60))
        hi = bisect.bisect_right(dates, d + timedelta(days=60))
        body = news_body(g, docs[lo:min(hi, lo + 20)])
        write(os.path.join(cs, "news", slug + ".md"), front([("title", yq(title))]) + body)
        write(os.path.join(hugo, "content", "news", slug + ".md"),
              front([("title", yq(title)), ("date", d.isoformat()), ("status", "published")]) + body)

    contact = ("Write to the Clerk at the Village Hall, Church Lane, Little Bramford, or telephone 01234 567890.\n\n"
               "The council meets on the third Thursday of each month; see the [meetings](/meetings/).\n")
    write(os.path.join(cs, "pages", "contact.md"), front([("title", "Contact the council"), ("nav", "true")]) + contact)
    write(os.path.join(hugo, "content", "contact.md"), front([("title", yq("Contact the council")), ("date", "2024-12-31")]) + contact)

    committees = "".join(f"  - id: {c[0]}\n    name: {c[1]}\n" for c in COMMITTEES)
    write(os.path.join(cs, "site.yml"),
          f"name: {COUNCIL}\nurl: https://www.littlebramford-pc.gov.uk\nlanguage: en-GB\ntimezone: Europe/London\n"
          f"authority: parish\ntransparency: none\nclerk:\n  name: A. Clerk\n  email: clerk@littlebramford-pc.gov.uk\n  phone: 01234 567890\n"
          f"committees:\n{committees}")

    shutil.copy(os.path.join(HERE, "hugo", "hugo.toml"), os.path.join(hugo, "hugo.toml"))
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(hugo, "layouts"))
    os.makedirs(os.path.join(hugo, "static"), exist_ok=True)
    shutil.copy(os.path.join(HERE, "hugo", "style.css"), os.path.join(hugo, "static", "style.css"))
    return len(meetings), len(docs), n_pol, n_news


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of Markdown documents (at least 10)")
    ap.add_argument("out", help="folder to write councilsite/ and hugo/ into (both are replaced)")
    ap.add_argument("--seed", type=int, default=20241126)
    a = ap.parse_args()
    if a.n < 10:
        ap.error("N must be at least 10")
    meetings, docs, policies, news = generate(a.n, a.out, a.seed)
    print(f"{a.out}: {meetings} meetings ({docs} agendas and minutes), {policies} policies, {news} news = "
          f"{docs + policies + news + 1} Markdown documents")


if __name__ == "__main__":
    main()
