using CouncilSite.Diagnostics;
using CsvHelper;

namespace CouncilSite.Data.Csv;

/// <summary>
/// Reads a clerk's CSV file with CsvHelper, forgiving what spreadsheets really write (quoted commas
/// and line breaks, blank lines, empty trailing columns, stray quotes) and reporting, with the
/// file and line, each row it cannot read, then carrying on with the rest.
/// </summary>
public static class CsvFileReader
{
    /// <summary>Beyond this many, one message counts the rest, so a broken export does not bury every other message.</summary>
    private const int MaxRowMessages = 20;

    /// <summary>Control characters but the tab and the line break (carriage returns are already made line breaks).</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not '\t' and not '\n')]);

    public static CsvFile? Read(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var decoded = CsvText.Decode(bytes);
        if (decoded.Encoding == CsvEncoding.Windows1252)
        {
            diagnostics.Warning(file, decoded.FirstNonUtf8Line, 1, DiagnosticCodes.CsvNotUtf8,
                "This file is not saved as UTF-8, so it was read as Windows-1252, the encoding of Excel's 'CSV (Comma delimited)'. A £ sign reads correctly that way; check any accented letters on the data page.",
                "In Excel, choose 'Save As' and the type 'CSV UTF-8 (Comma delimited)' to make this message go away.");
        }

        var text = decoded.Text.Contains('\r') ? decoded.Text.Replace("\r\n", "\n").Replace('\r', '\n') : decoded.Text;
        var records = new List<(int Line, string[] Cells)>();
        var problems = new List<(int Line, CsvMalformedReason Reason)>();
        ReadRecords(text, records, problems);
        if (records.Count == 0)
        {
            diagnostics.Warning(file, 0, 0, DiagnosticCodes.CsvMalformedRow, "The file has no header row, so there is no data to show.",
                "The first line should name the columns, e.g. 'Date,Supplier,Amount,Description', with one row of data a line below it.");
            return null;
        }

        var reasons = problems.GroupBy(p => p.Line).ToDictionary(g => g.Key, g => g.First().Reason);
        RemoveControlCharacters(file, records, diagnostics);
        FindRunOnQuotes(file, text, records.Where(r => !(reasons.TryGetValue(r.Line, out var why) && why == CsvMalformedReason.UnterminatedQuote)), records[0].Cells.Length, diagnostics);
        var header = records[0].Cells;
        var messages = new RowMessages(file, diagnostics, DiagnosticCodes.CsvMalformedRow);
        var columns = Columns(file, header, records, diagnostics);
        var needed = columns.Count == 0 ? 0 : columns[^1].Index + 1;
        var rows = new List<CsvRow>(records.Count);
        var malformed = 0;

        foreach (var (line, cells) in records.Skip(1))
        {
            CsvMalformedReason? reason = reasons.TryGetValue(line, out var found) ? found : null;
            if (reason == CsvMalformedReason.UnterminatedQuote)
            {
                malformed++;
                messages.Add(line, "A quote on this line is never closed, so this row was left out of the table and totals; the rows after it were read as usual.",
                    "Close the quote, and write a quote inside a value as two quotes (\"\").");
                continue;
            }

            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var extra = cells.Skip(header.Length).Any(c => c.Trim().Length > 0);
            if (cells.Length < needed || extra)
            {
                malformed++;
                var count = extra ? Array.FindLastIndex(cells, c => c.Trim().Length > 0) + 1 : cells.Length;
                messages.Add(line, $"This row has {Plural(count, "value")} but the header row has {Plural(needed, "column")}, so it was left out of the table and totals (it is still in the CSV download).",
                    "A value that contains a comma must be in double quotes, e.g. \"Smith, J\"; check for a missing or extra comma.");
                continue;
            }

            if (reason == CsvMalformedReason.TextAfterClosingQuote)
            {
                messages.Add(line, "A value on this line has text after its closing quote, so it may not read as meant.",
                    "Put the whole value in quotes, and write a quote inside it as two quotes (\"\").");
            }

            rows.Add(new CsvRow(line, columns.Select(c => cells[c.Index].Trim()).ToArray()));
        }

        messages.Finish();
        return new CsvFile(file, decoded.Encoding, columns, header, rows, malformed);
    }

    /// <summary>
    /// Reads every record. A quote that is never closed would swallow the rest of the file into
    /// one value, so reading starts again on the line after it.
    /// </summary>
    private static void ReadRecords(string text, List<(int Line, string[] Cells)> records, List<(int Line, CsvMalformedReason Reason)> problems)
    {
        var offset = 0;
        while (true)
        {
            var found = new List<(int Line, CsvMalformedReason Reason)>();
            var options = CsvReaderOptions.Default with
            {
                Separator = ',',
                HasHeader = false,
                TrackLineNumbers = true,
                SkipEmptyLines = true,
                OnMalformedRecord = m => found.Add(((int)m.LineNumber, m.Reason)),
            };

            using (var reader = CsvReader.FromText(text, options))
            {
                while (reader.Read())
                {
                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = reader.GetString(i) ?? "";
                    }

                    records.Add(((int)reader.LineNumber + offset, cells));
                }
            }

            problems.AddRange(found.Select(f => (f.Line + offset, f.Reason)));
            var unclosed = found.Where(f => f.Reason == CsvMalformedReason.UnterminatedQuote).Select(f => f.Line).DefaultIfEmpty(0).Min();
            if (unclosed == 0)
            {
                return;
            }

            var restart = IndexAfterLine(text, unclosed);
            if (restart < 0)
            {
                return;
            }

            text = text[restart..];
            offset += unclosed;
        }
    }

    /// <summary>
    /// Takes out control characters (NUL, escape and the like), which a spreadsheet does not show
    /// and which would reach the web pages as they are; tabs and line breaks inside quotes stay.
    /// </summary>
    private static void RemoveControlCharacters(string file, List<(int Line, string[] Cells)> records, DiagnosticBag diagnostics)
    {
        var messages = new RowMessages(file, diagnostics, DiagnosticCodes.CsvControlCharacters);
        foreach (var (line, cells) in records)
        {
            var found = false;
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].AsSpan().ContainsAny(ControlCharacters))
                {
                    cells[i] = string.Concat(cells[i].Where(c => !ControlCharacters.Contains(c)));
                    found = true;
                }
            }

            if (found)
            {
                messages.Add(line, "This row holds control characters (such as NUL) that a spreadsheet does not show; they were taken out of the site's pages and data (the CSV file is published as it is).",
                    "Open the file in a spreadsheet and save it again as CSV, or remove the characters in a text editor that shows them.");
            }
        }

        messages.Finish();
    }

    /// <summary>
    /// A quoted value that runs on over lines which each read as a row of their own is most likely a
    /// quote left open, swallowing the rows after it: CSV allows a line break inside quotes, so the
    /// row is kept, with a warning naming both lines.
    /// </summary>
    /// <param name="records">The rows, header included, less those whose quote is never closed at all (reported as such).</param>
    private static void FindRunOnQuotes(string file, string text, IEnumerable<(int Line, string[] Cells)> records, int columns, DiagnosticBag diagnostics)
    {
        var messages = new RowMessages(file, diagnostics, DiagnosticCodes.CsvQuoteUnclosed);
        string[]? lines = null;
        foreach (var (line, cells) in records.Skip(1))
        {
            var breaks = cells.Sum(c => c.AsSpan().Count('\n'));
            if (breaks == 0)
            {
                continue;
            }

            lines ??= text.Split('\n');
            var swallowed = Enumerable.Range(line + 1, breaks).FirstOrDefault(l => l <= lines.Length && lines[l - 1].AsSpan().Count(',') + 1 == columns);
            if (swallowed > 0)
            {
                messages.Add(line, $"A quote opened on line {line} is closed only on line {swallowed}, so line {swallowed} was read as part of a value on line {line}, not as a row of its own.",
                    $"If line {swallowed} is a row, close the quote on line {line} (write a quote inside a value as two quotes: \"\"). A value that really runs over several lines can stay.");
            }
        }

        messages.Finish();
    }

    private static int IndexAfterLine(string text, int line)
    {
        var index = -1;
        for (var i = 0; i < line; i++)
        {
            index = text.IndexOf('\n', index + 1);
            if (index < 0)
            {
                return -1;
            }
        }

        return index + 1;
    }

    /// <summary>
    /// The columns to show: a column with no name and no values (the trailing commas spreadsheets
    /// leave) is dropped; a column with values but no name, or a repeated name, gets a name and a message.
    /// </summary>
    private static List<CsvColumn> Columns(string file, string[] header, List<(int Line, string[] Cells)> records, DiagnosticBag diagnostics)
    {
        var columns = new List<CsvColumn>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0)
            {
                var index = i;
                if (!records.Skip(1).Any(r => index < r.Cells.Length && r.Cells[index].Trim().Length > 0))
                {
                    continue;
                }

                name = $"Column {i + 1}";
                diagnostics.Warning(file, records[0].Line, 1, DiagnosticCodes.CsvHeader,
                    $"Column {i + 1} has values but no name in the header row, so it is shown as '{name}'.",
                    "Write a name for every column in the first row of the file.");
            }
            else if (!used.Add(name))
            {
                var renamed = Enumerable.Range(2, header.Length).Select(n => $"{name} ({n})").First(n => !used.Contains(n));
                diagnostics.Warning(file, records[0].Line, 1, DiagnosticCodes.CsvHeader,
                    $"The column name '{name}' is used twice in the header row, so column {i + 1} is shown as '{renamed}'.",
                    "Give each column its own name.");
                used.Add(renamed);
                name = renamed;
            }

            columns.Add(new CsvColumn(i, name));
        }

        return columns;
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>Row messages of one kind for one file, the first few in full and the rest counted.</summary>
    private sealed class RowMessages(string file, DiagnosticBag diagnostics, string code)
    {
        private int _count;

        public void Add(int line, string message, string hint)
        {
            if (++_count <= MaxRowMessages)
            {
                diagnostics.Warning(file, line, 1, code, message, hint);
            }
        }

        public void Finish()
        {
            if (_count > MaxRowMessages)
            {
                diagnostics.Warning(file, 0, 0, code,
                    $"{_count - MaxRowMessages} more rows have problems like those above; only the first {MaxRowMessages} are listed.",
                    "Open the file in a spreadsheet and save it again as CSV, then build again to see what remains.");
            }
        }
    }
}
