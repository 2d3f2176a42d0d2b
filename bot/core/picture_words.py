"""A caption's words: who or what a picture shows, and where in it.

bot/core/captions.py reads a short paragraph with these words as a picture's caption: «…,
her sammen med Carl von Hessen», «Ola Nordmann, til venstre, og …», «Den store bygningen
til høgre er Dampgården.», «Teikningane er eit døme på korleis blokkene kan bli …».
"""

from __future__ import annotations

import re

# A caption's words: who is shown with whom, its «show more» button.
SHOWN_HERE = re.compile(
    r", (?:her|here) (?:sammen med|saman med|avbildet|avbilda|fotografert|with|pictured)\b"
    # («… Vis mer Tom Arild Støle»: the button, then who took the picture)
    r"| (?:Vis m(?:er|eir)(?: Lukk)?|Les m(?:er|eir) Lukk|Show more)(?: [A-ZÆØÅ][\w.'’-]+){0,4}$"
    r"|^(?:\d+ )?(?:Bil(?:de|ete)t|Photo|Map) (?:viser|shows)\b"
    # («Her ser du et bilde av oljeplattformen …», «Bildet ovenfor: 43 medlemmer …»)
    r"|^(?:Her|Over|Under|Nedanfor|Nedenfor) (?:ser|kan) du (?:sjå |se )?(?:et |eit )?"
    r"(?:bilde|bilete|foto|video|kart)\b|^(?:Bildet|Biletet) (?:over|ovenfor|ovanfor):"
    # («Teikningane er eit døme på korleis …», «Kartet viser E16 ved …»: a drawing's, a map's)
    r"|^(?:Illustrasjonen|Teikninga(?:ne)?|Tegningen(?:e)?|Skissa|Skissen|Karte[tr]) "
    r"(?:viser|syner|er (?:eit|et) (?:døme|eksempel) på)\b"
    # («Den store bygningen til høgre er Dampgården.», «On the right is …»: where in it)
    r"| (?:til (?:høyre|høgre|venstre)|i (?:forgrunnen|bakgrunnen)) (?:er|var|ser du)\b"
    r"|\b(?:[Oo]n the (?:left|right)|[Ii]n the (?:foreground|background)) (?:is|are|was)\b"
    # («Den norske korvetten KNM «Storm», med russiske fartøy i bakgrunnen»)
    r"|, (?:med|with) [^.,]{3,60} (?:i bakgrunnen|i forgrunnen|in the background)$"
    r"|(?:^|(?<=[a-zæøå]\. ))Her (?:fra|frå) (?=[A-ZÆØÅ])"  # («Her frå Nasjonalt mottakssenter …»)
    r"|(?:^|(?<=[a-zæøå]\. ))(?:Her|Here) (?:er|var|is|are) (?:[^.]|(?<= [A-ZÆØÅ])\.){3,120}? "
    r"(?:fotografert|avbildet|avbilda|pictured)\b"  # («Her er finansminister X fotografert …»)
    # («At left, high water obscures …», «Above, the mayor …»: where in the picture)
    r"|(?:^|\. )(?:(?:At|From) (?:left|right|top|bottom)|Pictured|Above|Below),"
    r"|\. (?:Avbildet|Avbilda|Pictured|På bildet|På biletet): [A-ZÆØÅ]"  # (who is shown)
    # («…, som her i Stordalselva, har bidratt …», «…, as here in Leeds, …»: the place shown)
    r"|, (?:som|slik som|as) (?:her|here) (?:i|på|ved|in|at) [A-ZÆØÅ][\w-]+,"
    # («Erin O'Toole, left, and Francois Legault …», «Ola Nordmann, til venstre, og …»)
    r"|, (?:(?:far |second |second from )?(?:left|right)|centre|center|til venstre|til høyre|"
    r"til høgre|t\.v\.|t\.h\.),? (?:and|og|with|med|sammen med|saman med) "
    r"|, (?:far|second from|helt til) (?:left|right|venstre|høyre|høgre), "  # (any verb after)
    # («…, Marita Bog til venstre og Bente Erfjord (til høgre).»: who stands on which side)
    r"|[A-ZÆØÅ][\w-]+ til (?:venstre|høyre|høgre),? og [A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){0,2}"
    r"(?: til (?:venstre|høyre|høgre))?\.?$"
)
PLACED_WORD = re.compile(
    r"\((?:til venstre|til høyre|til høgre|fra venstre|frå venstre|left|right|centre|center|"
    r"second (?:left|right)|pictured)\)"
)
# A picture's credit on a line of its own: a photographer and a stock site («Helio Dilowa -
# Unsplash»), or a copyright holder («NBCUniversal Media, LLC»).
CREDIT_LINE = re.compile(
    r"(?:[A-ZÆØÅ][\w'’.-]+ ){1,3}[-–|] (?:Unsplash|Pexels|Pixabay|Shutterstock|iStock|Alamy|"
    r"Colourbox|Getty Images|NTB|NTB scanpix|Scanpix|Reuters|AP|AFP|EPA)"
    r"|(?:©\s*)?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3},? (?:LLC|L\.L\.C\.|Inc\.|Ltd\.?)"
    # («Provided by Summit County Sheriff’s Office»; «Representational image. File picture»)
    r"|(?:Photo |Image )?(?:Provided|Supplied|Submitted|Contributed|Courtesy) (?:by|of) "
    r"[A-Z][\w&.'’-]*(?: [\w&.'’-]+){0,6}"
    r"|ALAMY|GETTY IMAGES|SHUTTERSTOCK|REUTERS|AFP|EPA|PA WIRE|PA MEDIA"  # (an agency's, alone)
    r"|(?:Representational|Representative|Illustrative|File|Stock) (?:image|photo|picture)\.?"
    r"(?: (?:File|Stock) (?:image|photo|picture)\.?)?"
)
