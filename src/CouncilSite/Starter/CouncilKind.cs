namespace CouncilSite.Starter;

/// <summary>What the council calls itself; each is a local council, the tier closest to residents.</summary>
public enum CouncilKind
{
    Parish,
    Town,
    Community,
    City,
}

/// <summary>The nation whose law the council works under: the transparency rules differ.</summary>
public enum Nation
{
    England,
    Wales,
    Scotland,
}
