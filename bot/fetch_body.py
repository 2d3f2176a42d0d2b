"""Turn a response's bytes into text: bounded decompression, the charset, and a language check.

Decompression runs piece by piece through every content encoding in the stack (`gzip,
gzip` is a bomb inside a bomb), and each stage's output counts against the same byte cap,
so a few kilobytes that would expand to gigabytes are refused after about 10 MB.
"""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Iterable, Iterator

from bot.core.errors import InputError

PIECE = 64 * 1024  # the most any one decompression step may produce
ACCEPT_ENCODING = "gzip, deflate"


class TooLarge(InputError):
    """The source is larger than the byte cap (raw or once decompressed)."""


class _Inflater:
    """One zlib stage (gzip or deflate) that never produces more than PIECE bytes a step."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        gzip = encoding in ("gzip", "x-gzip")
        self._wbits = zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS
        self._inflate = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        while not self._inflate.eof:
            try:
                out = self._inflate.decompress(data, PIECE)
            except zlib.error:
                # "deflate" is often sent raw, without the zlib header: try that once.
                if self._started or self._wbits != zlib.MAX_WBITS:
                    raise InputError(f"its {self.encoding} data is corrupt") from None
                self._wbits = -zlib.MAX_WBITS
                self._inflate = zlib.decompressobj(self._wbits)
                continue
            self._started = True
            data = self._inflate.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < PIECE:
                return  # all input used and nothing more pending


def _stages(encodings: Iterable[str]) -> list[_Inflater]:
    """Return the decoders for a Content-Encoding list, outermost (last applied) first."""
    stages: list[_Inflater] = []
    for raw in encodings:
        encoding = raw.strip().lower()
        if encoding in ("", "identity"):
            continue
        if encoding not in ("gzip", "x-gzip", "deflate"):
            raise InputError(f"uses the content encoding {encoding!r}, which is not supported")
        stages.append(_Inflater(encoding))
    return stages[::-1]


def decoded_bytes(raw: Iterable[bytes], encodings: Iterable[str], *, cap: int) -> Iterator[bytes]:
    """Yield the decompressed body piece by piece; refuse it once any stage passes `cap` bytes."""
    stages = _stages(encodings)
    sizes = [0] * (len(stages) + 1)

    def through(level: int, data: bytes) -> Iterator[bytes]:
        sizes[level] += len(data)
        if sizes[level] > cap:
            what = "the download" if level == 0 else "the page once decompressed"
            raise TooLarge(f"{what} is larger than {cap // (1024 * 1024)} MB")
        if level == len(stages):
            yield data
            return
        for piece in stages[level].feed(data):
            yield from through(level + 1, piece)

    for chunk in raw:
        if chunk:
            yield from through(0, chunk)


# Text: the charset, and whether what it gives is language at all.

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")
# Browsers read these labels as windows-1252, which is Latin-1 plus printable 0x80-0x9F.
_WESTERN = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
# Â or Ã followed by a continuation byte read as Latin-1: UTF-8 decoded as a one-byte charset.
_MOJIBAKE_PAIR = re.compile("[ÂÃ][\x80-\xbf]")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN1_LETTER = re.compile("[À-ÖØ-öø-ÿ]")
_SAMPLE = 200_000
_LOST_WEIGHT = 10  # replacement characters to one control character


def sniff_charset(data: bytes) -> str | None:
    """Return the charset an HTML `<meta>` or an XML declaration names in the first bytes."""
    head = data[:2048]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    return "cp1252" if charset.lower() in _WESTERN or name == "iso8859-1" else name


def _is_utf8(name: str | None) -> bool:
    return name in ("utf-8", "utf-8-sig")


def decode(data: bytes, *, source: str, charset: str | None = None) -> str:
    """Decode bytes as text in the declared charset (UTF-8 when none), refusing what is not text.

    Bytes that are valid UTF-8 with non-ASCII characters are UTF-8 whatever a one-byte
    charset says (a one-byte text is almost never valid UTF-8 by chance). What decodes
    into control characters, replacement characters or a mojibake pattern is refused.
    """
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{source}: looks like a binary file, not an article")
    if data.startswith(codecs.BOM_UTF8):
        declared: str | None = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = "utf-16"
    else:
        declared = _codec(charset)
    text: str | None = None
    used = "utf-8"
    if declared is not None and not _is_utf8(declared) and declared != "utf-16":
        try:
            text = data.decode("utf-8")
            if text.isascii():
                text = None  # plain ASCII: the declared charset reads it the same way
        except UnicodeDecodeError:
            text = None
    if text is None:
        # A one-byte page with a byte windows-1252 leaves undefined is still Latin-1.
        latin1 = "latin-1" if declared == "cp1252" else None
        for encoding in dict.fromkeys(filter(None, (declared, "utf-8", latin1))):
            try:
                text, used = data.decode(encoding), encoding
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        if declared and not _is_utf8(declared):
            raise InputError(f"{source}: is neither {charset} nor UTF-8 text")
        raise InputError(f"{source}: is not UTF-8 text (save it as UTF-8 and try again)")
    problem = garbage(text, one_byte=not _is_utf8(used) and used != "utf-16")
    if problem:
        named = f" as {charset}" if charset and not _is_utf8(used) else ""
        raise InputError(f"{source}: is not readable text{named} ({problem})")
    return text


def garbage(text: str, *, one_byte: bool) -> str | None:
    """Return why decoded text is not language (mojibake, random bytes), or None when it is."""
    sample = text[:_SAMPLE]
    visible = len(sample) - sum(map(str.isspace, sample))
    if visible == 0:
        return None
    bad = len(_BAD_CHARACTER.findall(sample))
    # (a text a copy already lost a few characters of, «�4.50 an hour» for «£4.50», is
    # still text: its replacement characters count at a tenth of a control character's)
    lost = sample.count("\ufffd")
    weighed = bad - lost + lost / _LOST_WEIGHT
    if bad >= 2 and weighed > visible * 0.01:
        return f"{bad / visible:.0%} control or replacement characters: random bytes, not text"
    pairs = len(_MOJIBAKE_PAIR.findall(sample))
    if pairs >= 3 and pairs > visible * 0.002:
        return "UTF-8 read in a one-byte charset (mojibake)"
    if one_byte:
        letters = len(_LETTER.findall(sample))
        accented = len(_LATIN1_LETTER.findall(sample))
        # Western languages accent a few letters in ten at most; another script read in a
        # Latin charset accents nearly all of them.
        if accented >= 20 and accented > letters * 0.35:
            return "its letters are another script read in a Latin charset (mojibake)"
    return None
