using CouncilSite.Starter;

namespace CouncilSite.Cli;

/// <summary>
/// The answers <c>councilsite new</c> needs, each from its option or, when the option is missing
/// and someone is at the terminal, from a question asked until the answer can be used. Without a
/// terminal (input redirected, a script) a missing answer is a usage problem naming its option.
/// </summary>
public sealed class Questions(TextReader? terminal, TextWriter stdout)
{
    private readonly List<string> _problems = [];
    private bool _asked;

    /// <summary>What was wrong with the options given or missing, one line each.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <param name="given">The option's value, or null when it was not given.</param>
    /// <param name="suggested">The answer taken when the clerk presses Enter, or, without a terminal, when the option is missing.</param>
    /// <param name="required">Whether a missing option without a terminal is a problem; an optional one is then read from "".</param>
    public T Get<T>(string? given, string option, string question, Func<string, Answer<T>> read, string? suggested = null, bool required = true)
    {
        if (given is not null)
        {
            return Check(read(given), option);
        }

        if (terminal is null)
        {
            if (suggested is not null || !required)
            {
                return Check(read(suggested ?? ""), option);
            }

            _problems.Add($"{option} is missing: {question}.");
            return default!;
        }

        Greet();
        while (true)
        {
            stdout.Write(suggested is null ? $"{question}: " : $"{question} [{suggested}]: ");
            var line = terminal.ReadLine();
            if (line is null)
            {
                stdout.WriteLine();
                _problems.Add($"{option} was not answered.");
                return default!;
            }

            var answer = read(line.Trim().Length == 0 && suggested is not null ? suggested : line);
            if (answer.Ok)
            {
                return answer.Value;
            }

            stdout.WriteLine($"  {answer.Problem}");
        }
    }

    /// <summary>
    /// Lines until an empty one, when asked at a terminal, asked again while they cannot be used;
    /// without a terminal, none.
    /// </summary>
    public T Lines<T>(string option, string question, Func<IReadOnlyList<string>, Answer<T>> read)
    {
        if (terminal is null)
        {
            return Check(read([]), option);
        }

        Greet();
        stdout.WriteLine(question);
        while (true)
        {
            var lines = new List<string>();
            string? line;
            while ((line = terminal.ReadLine()) is not null && line.Trim().Length > 0)
            {
                lines.Add(line);
            }

            var answer = read(lines);
            if (answer.Ok || line is null)
            {
                return Check(answer, option);
            }

            stdout.WriteLine($"  {answer.Problem}");
            stdout.WriteLine("  Give them all again, one a line, then an empty line:");
        }
    }

    /// <summary>Says once, before the first question, how to answer.</summary>
    private void Greet()
    {
        if (!_asked)
        {
            stdout.WriteLine("A few questions about the council. Press Enter to take an answer shown in [brackets], or to leave out one that says so.");
            _asked = true;
        }
    }

    /// <summary>The answer's value, its problem recorded against <paramref name="option"/> when it has one.</summary>
    public T Check<T>(Answer<T> answer, string option)
    {
        if (!answer.Ok)
        {
            _problems.Add($"{option}: {answer.Problem}");
        }

        return answer.Value;
    }
}
