using CouncilSite.Build.Incremental;
using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.FreePages;
using CouncilSite.Sections.News;

namespace CouncilSite.Tests.Build.Incremental;

/// <summary>
/// A preview keeps a page's bytes while its fingerprint is unchanged, so the fingerprint must see
/// everything its layout is given: each value of the page's model, however deep, and which layout
/// the model names.
/// </summary>
public class PageFingerprintTests
{
    [Fact]
    public void The_same_model_values_give_the_same_fingerprint_so_the_page_is_kept()
    {
        var fingerprint = new ValueFingerprint();

        Assert.Equal(fingerprint.Of(Page(new MarkdownPageModel(Extra("Parish hall")))), fingerprint.Of(Page(new MarkdownPageModel(Extra("Parish hall")))));
    }

    [Fact]
    public void A_change_deep_inside_the_model_gives_another_fingerprint()
    {
        var fingerprint = new ValueFingerprint();

        Assert.NotEqual(fingerprint.Of(Page(new MarkdownPageModel(Extra("Parish hall")))), fingerprint.Of(Page(new MarkdownPageModel(Extra("Village hall")))));
        Assert.NotEqual(fingerprint.Of(Page(new NewsListPageModel([Item("Road closure")], null))), fingerprint.Of(Page(new NewsListPageModel([Item("Road reopened")], null))));
    }

    [Fact]
    public void The_same_values_for_another_layout_give_another_fingerprint()
    {
        var fingerprint = new ValueFingerprint();

        Assert.NotEqual(fingerprint.Of(Page(new NewsListPageModel([], null))), fingerprint.Of(Page(new CouncillorsPageModel([]))));
    }

    private static HtmlPage Page(PageModel model) => new("/about/", "About", "page", [], model);

    private static Dictionary<string, object?> Extra(string venue) => new() { ["venue"] = venue };

    private static NewsView Item(string title) => new(title, "/news/notice/", "1 December 2026", "2026-12-01", null, false, null);
}
