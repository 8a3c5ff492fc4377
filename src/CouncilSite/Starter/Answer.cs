namespace CouncilSite.Starter;

/// <summary>One answer the clerk gave, read: its value, or what is wrong with it in plain words.</summary>
public readonly record struct Answer<T>(T Value, string? Problem)
{
    public bool Ok => Problem is null;

    public static Answer<T> Good(T value) => new(value, null);

    public static Answer<T> Bad(string problem) => new(default!, problem);
}
