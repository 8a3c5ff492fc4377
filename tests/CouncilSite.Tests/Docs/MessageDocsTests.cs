using System.Reflection;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Docs;

/// <summary>Every message a clerk can be shown is explained in docs/messages.md, which README and each hint point to.</summary>
public class MessageDocsTests
{
    [Fact]
    public void Every_message_code_has_its_row_in_docs_messages()
    {
        var docs = File.ReadAllText(Path.Combine(ExampleSiteBuild.Repository, "docs", "messages.md"));
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"| {code} |", docs, StringComparison.Ordinal));
    }
}
