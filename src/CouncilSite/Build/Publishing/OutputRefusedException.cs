namespace CouncilSite.Build.Publishing;

/// <summary>The output folder cannot be written for a reason the clerk can act on; nothing in it was changed.</summary>
public sealed class OutputRefusedException(string code, string message, string hint) : Exception(message)
{
    public string Code { get; } = code;

    public string Hint { get; } = hint;
}
