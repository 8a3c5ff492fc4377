using System.Text;

namespace CouncilSite.Rendering.Theme;

/// <summary>
/// Reads the HTML a template writes around its <c>{{ }}</c> tags, as a browser's tokenizer would,
/// to tell where each printed value lands: between tags, in an attribute (and which), inside a tag
/// or inside a script. Only the theme's own text is read; the values printed are escaped so that
/// they cannot move the reader out of the place it found.
/// </summary>
internal sealed class MarkupReader
{
    private enum State
    {
        Text, TagOpen, TagName, EndTag, Bang, Declaration, Comment, BeforeName, Name, AfterName,
        BeforeValue, DoubleQuoted, SingleQuoted, Unquoted, RawText,
    }

    /// <summary>Attributes that hold an address, whose scheme a printed value must not choose freely.</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "cite", "poster", "data", "background", "longdesc",
        "manifest", "ping", "usemap", "codebase", "classid", "archive", "profile", "icon", "xlink:href",
    };

    private readonly StringBuilder _tag = new();
    private readonly StringBuilder _attribute = new();
    private State _state;
    private int _read;
    private int _valueBegan = -1;
    private int _dashes;
    private string _rawEnd = "";
    private int _rawMatched;

    /// <summary>Where a value printed now would land.</summary>
    public HtmlSpot Spot => _state switch
    {
        State.Text or State.Bang or State.Declaration or State.Comment => new HtmlSpot(SpotKind.Text),
        State.RawText => new HtmlSpot(SpotKind.RawText),
        State.BeforeValue => ValueSpot(SpotKind.UnquotedValue),
        State.Unquoted => ValueSpot(SpotKind.UnquotedValue),
        State.DoubleQuoted or State.SingleQuoted => ValueSpot(SpotKind.QuotedValue),
        _ => new HtmlSpot(SpotKind.Tag),
    };

    /// <summary>
    /// Where in the text just read the address attribute now being read began (just after its
    /// quote), if it began there: what is written from that point on is the address so far.
    /// </summary>
    public int? AddressBeganAt => _valueBegan >= 0 && Spot.Url ? _valueBegan : null;

    /// <summary>A value printed now opens an unquoted attribute value, and so begins its address.</summary>
    public bool OpensValue => _state == State.BeforeValue;

    /// <summary>A value was printed here: a value that opened an unquoted attribute value is now inside it.</summary>
    public void Printed()
    {
        if (_state == State.BeforeValue)
        {
            _state = State.Unquoted;
        }
    }

    public void Read(ReadOnlySpan<char> text)
    {
        _valueBegan = -1;
        for (_read = 0; _read < text.Length; _read++)
        {
            Step(text[_read]);
        }
    }

    private HtmlSpot ValueSpot(SpotKind kind)
    {
        var name = _attribute.ToString();
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase) ||
            name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
        {
            return new HtmlSpot(SpotKind.ScriptValue);
        }

        return new HtmlSpot(kind, UrlAttributes.Contains(name));
    }

    private void Step(char c)
    {
        switch (_state)
        {
            case State.Text:
                if (c == '<')
                {
                    _state = State.TagOpen;
                }

                break;
            case State.TagOpen:
                if (char.IsAsciiLetter(c))
                {
                    _tag.Clear().Append(c);
                    _state = State.TagName;
                }
                else
                {
                    _state = c switch { '/' => State.EndTag, '!' => State.Bang, '?' => State.Declaration, '<' => State.TagOpen, _ => State.Text };
                    _dashes = 0;
                }

                break;
            case State.TagName:
                if (c == '>')
                {
                    EndStartTag();
                }
                else if (char.IsWhiteSpace(c) || c == '/')
                {
                    _state = State.BeforeName;
                }
                else
                {
                    _tag.Append(c);
                }

                break;
            case State.EndTag:
            case State.Declaration:
                if (c == '>')
                {
                    _state = State.Text;
                }

                break;
            case State.Bang:
                _dashes = c == '-' ? _dashes + 1 : 0;
                _state = _dashes == 2 ? State.Comment : c == '-' ? State.Bang : c == '>' ? State.Text : State.Declaration;
                if (_state == State.Comment)
                {
                    _dashes = 0;
                }

                break;
            case State.Comment:
                if (c == '>' && _dashes >= 2)
                {
                    _state = State.Text;
                }

                _dashes = c == '-' ? _dashes + 1 : 0;
                break;
            case State.BeforeName:
                if (c == '>')
                {
                    EndStartTag();
                }
                else if (!char.IsWhiteSpace(c) && c != '/')
                {
                    _attribute.Clear().Append(c);
                    _state = State.Name;
                }

                break;
            case State.Name:
                if (c == '>')
                {
                    EndStartTag();
                }
                else if (c == '=')
                {
                    _state = State.BeforeValue;
                    _valueBegan = -1;
                }
                else if (char.IsWhiteSpace(c))
                {
                    _state = State.AfterName;
                }
                else if (c == '/')
                {
                    _state = State.BeforeName;
                }
                else
                {
                    _attribute.Append(c);
                }

                break;
            case State.AfterName:
                if (c == '>')
                {
                    EndStartTag();
                }
                else if (c == '=')
                {
                    _state = State.BeforeValue;
                    _valueBegan = -1;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    _attribute.Clear().Append(c);
                    _state = c == '/' ? State.BeforeName : State.Name;
                }

                break;
            case State.BeforeValue:
                if (c == '>')
                {
                    EndStartTag();
                }
                else if (!char.IsWhiteSpace(c))
                {
                    _state = c switch { '"' => State.DoubleQuoted, '\'' => State.SingleQuoted, _ => State.Unquoted };
                    _valueBegan = _state == State.Unquoted ? _read : _read + 1;
                }

                break;
            case State.DoubleQuoted:
            case State.SingleQuoted:
                if (c == (_state == State.DoubleQuoted ? '"' : '\''))
                {
                    _state = State.BeforeName;
                }

                break;
            case State.Unquoted:
                if (c == '>')
                {
                    EndStartTag();
                }
                else if (char.IsWhiteSpace(c))
                {
                    _state = State.BeforeName;
                }

                break;
            case State.RawText:
                _rawMatched = char.ToLowerInvariant(c) == _rawEnd[_rawMatched] ? _rawMatched + 1 : c == '<' ? 1 : 0;
                if (_rawMatched == _rawEnd.Length)
                {
                    _state = State.EndTag;
                }

                break;
        }
    }

    /// <summary>After <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> comes text that is not HTML, up to their end tag.</summary>
    private void EndStartTag()
    {
        var tag = _tag.ToString().ToLowerInvariant();
        if (tag is "script" or "style")
        {
            _rawEnd = "</" + tag;
            _rawMatched = 0;
            _state = State.RawText;
        }
        else
        {
            _state = State.Text;
        }
    }
}
