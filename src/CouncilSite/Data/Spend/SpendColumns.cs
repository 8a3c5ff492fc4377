using CouncilSite.Data.Csv;
using CouncilSite.Diagnostics;

namespace CouncilSite.Data.Spend;

/// <summary>What a column of spend data holds.</summary>
public enum SpendRole
{
    Date,
    Supplier,
    Amount,
    Purpose,
    Category,
    Vat,
    Reference,
}

/// <summary>
/// Finds the columns of spend data by their header names, matched ignoring case, spaces and
/// punctuation ("Payment Date", "payment_date" and "PAYMENT DATE" are one name; "Amount (£)" is
/// "Amount"). The names are those of docs/content-format.md ("Spend data columns") and the LGA
/// transparency guidance, plus the variants councils' finance systems export.
/// </summary>
public static class SpendColumns
{
    private static readonly (SpendRole Role, string Label, string[] Names)[] Known =
    [
        (SpendRole.Date, "the date", ["Date", "Payment Date", "Transaction Date", "Date Paid", "Date Incurred"]),
        (SpendRole.Supplier, "the supplier", ["Supplier", "Supplier Name", "Payee", "Payee Name", "Beneficiary", "Beneficiary Name", "Vendor", "Vendor Name", "Merchant Name"]),
        (SpendRole.Amount, "the amount", ["Amount", "Net Amount", "Value", "Net Value", "Amount Ex VAT", "Amount Excl VAT", "Total Amount", "Invoice Amount", "Payment Amount", "Transaction Amount"]),
        (SpendRole.Purpose, "what the payment was for", ["Description", "Purpose", "Expenditure Category", "Summary of Purpose", "Purpose of Expenditure", "Narrative", "Details"]),
        (SpendRole.Category, "the category", ["Expenditure Category", "Category", "Expense Type", "Procurement Category", "Service Area", "Expense Area", "Cost Centre", "Cost Center", "Department"]),
        (SpendRole.Vat, "VAT", ["VAT", "Irrecoverable VAT", "VAT Amount"]),
        (SpendRole.Reference, "the reference", ["Reference", "Transaction Number", "Transaction No", "Payment Reference", "Invoice Number", "Voucher", "Payment Voucher"]),
    ];

    private static readonly SpendRole[] Required = [SpendRole.Date, SpendRole.Supplier, SpendRole.Amount, SpendRole.Purpose];

    /// <summary>The column (index into the file's columns) of each role found, the first matching column winning.</summary>
    public static IReadOnlyDictionary<SpendRole, int> Match(IReadOnlyList<string> names)
    {
        var keys = names.Select(Key).ToList();
        var roles = new Dictionary<SpendRole, int>();
        foreach (var (role, _, known) in Known)
        {
            foreach (var name in known)
            {
                var index = keys.IndexOf(Key(name));
                if (index >= 0)
                {
                    roles[role] = index;
                    break;
                }
            }
        }

        return roles;
    }

    /// <summary>
    /// The roles of a spend file's columns, or null (with a message naming the header found and
    /// what is missing) when a required column is not there, so the data cannot be totalled.
    /// </summary>
    public static IReadOnlyDictionary<SpendRole, int>? Validate(CsvFile csv, DiagnosticBag diagnostics)
    {
        var names = csv.Columns.Select(c => c.Name).ToList();
        var roles = Match(names);
        var missing = Required.Where(r => !roles.ContainsKey(r)).ToList();
        if (missing.Count == 0)
        {
            return roles;
        }

        var what = Known.Where(k => missing.Contains(k.Role)).Select(k => k.Label).ToList();
        var header = names.Count == 0 ? "no column names" : string.Join(", ", names);
        diagnostics.Warning(csv.File, 1, 1, DiagnosticCodes.SpendColumnsMissing,
            $"This spend data has no column for {Join(what)}, so it is shown as a plain table without totals. The header row has: {header}.",
            "Name the columns as listed in docs/content-format.md, \"Spend data columns\" (case and spaces do not matter): " +
            string.Join("; ", Known.Where(k => Required.Contains(k.Role)).Select(k => Alternatives(k.Names.Take(3).ToList()))) + ".");
        return null;
    }

    /// <summary>Lower-case letters and digits only, so spacing, case and punctuation never matter.</summary>
    public static string Key(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string Join(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    private static string Alternatives(List<string> names) =>
        names.Count == 1 ? names[0] : $"{names[0]} (or {string.Join(", ", names.Skip(1))})";
}
