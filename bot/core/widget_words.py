"""What a page's boxes say: notices, consent and login walls, appeals, players, share dialogs.

A line with these words is a widget (bot.core.widgets), not the article's text.
"""

from __future__ import annotations

WIDGET_WORDS_PATTERN = (
    # A newsletter's sign-up box and its messages; an offer: «Email address is invalid Thank
    # you for subscribing! Sorry, there was a problem.», «Get 40% Off»
    r"email address is invalid\b|thank you for subscribing\b|sorry, there was a problem\b|"
    # a feed's box: «Paste this link into your favorite RSS desktop reader», «See all … RSS
    # FEEDS (close)», «google my aol my msn my yahoo! netvibes»
    r"\brss (?:feeds|desktop reader)\b|\bmy aol\b|\bmy yahoo!|"
    r"^get \d{1,2} ?% off$|"
    # («Our Morning Edition newsletter is a curated guide …. Sign up to … newsletter here»)
    r"newsletter is a curated\b|sign up (?:to|for) [^.!?]{0,60}newsletters? here\b|"
    # a comment box's rules: «Please report any comments that …», «Commenting … is closed.»
    r"report any comments that\b|[a-z]*commenting (?:for|on) this \w+ is (?:now )?closed\b|"
    # A reader poll run together, its button last: «Er det innafor …? Ja, … Nei, … Vis resultat»
    r"(?:vis|sjå|se) resultat(?:et|a|ene)?$|show results$|view results$|"
    # A photo's permission: «Bilder med tillatelse fra NRK Sport!», «Photos courtesy of …»
    r"(?:bilder|bilete|bildene|foto|photos?|images?|pictures?) (?:med tillatelse|med løyve|"
    r"courtesy) (?:fra|frå|of)\b|kildehenvisning må (?:benyttes|brukes)\b|"
    # An ad's countdown, a print page's links: «This ad will auto close in 10 seconds»,
    # «Rediff.com« Back to articlePrint this article»
    r"this ad will (?:auto[ -]?)?close\b|print this article\b|back to article|"
    # a site's own coverage: «ESPN.co.uk will be providing live scores and analysis …»
    r"will be providing (?:live|full|all the) (?:scores|coverage|updates|reaction)\b|"
    # A promo's link and an offer: «… Les mer om VIF-trenerens tirade her.», «Skaff deg
    # tilgang her.», «Get access to the words and decisions of your elected officials …»
    r"les (?:mer|meir) (?:om )?[^.!?]{1,80} her\.?$|read more (?:about )?[^.!?]{1,80} here\.?$|"
    r"skaff deg tilgang her\b|get access to the words and decisions\b|"
    # a pointer within the page: «Se undersøkelsen … lenger nede i saken.»
    r"(?:(?:lenger|lengre|lenga) nede|nederst) i (?:saken|saka|artikkelen)\b|"
    r"further down (?:in )?(?:this|the) (?:article|story|page)\b|"
    # a subscriber's billing notice («Please update your billing details here»)
    r"update your billing (?:details|information)\b|(?:try it )?free for \d{1,3} days$|"
    r"start your free trial$|subscription notification$|your subscription (?:will end|has ended|"
    r"has expired|billing details)\b|subscription details associated with this account\b|"
    # A comment box's rules: «Postmedia is committed to maintaining a lively but civil
    # forum …»; an icon font's names: «bookmarkicon cameraicon checkicon chevron downicon …»
    r"committed to maintaining a lively but civil forum\b|chevron (?:down|up|left|right)icon\b|"
    # a comment form: «Your email address will not be published. Required fields are marked *»
    r"your email address will not be published\b|required fields are marked\b|"
    r"e-postadressen din (?:vil ikke|blir ikke) publisert\b|"
    # A video player's notice: «Du trenger javascript for å se video.»
    r"trenger javascript\b|treng javascript\b|enable javascript\b|"
    # Archive notices: «Denne artikkelen er over ett år gammel og kan inneholde utdatert
    # informasjon», «This archived news story is available only for your personal …».
    r"(?:denne|dette)\s+(?:artikkelen|saken|saka|innlegget|innhaldet|innholdet)\s+er\s+"
    r"(?:over|mer enn|meir enn|eldre enn)|(?:utdatert|utdaterte)\s+informasjon|"
    r"kan (?:derfor |difor )?(?:vere|være) utdatert|archived (?:news )?story\b|"
    r"archived form\b|powered by (?:automated|automatic|machine) translation\b|"
    # A login wall and a consent box: «Logg inn for å lese», «Vi bryr oss om ditt
    # personvern», «… cookie policy … before accepting».
    r"logg inn for å lese\b|gå til innlogging|som innloggings-?tjeneste\b|om ditt personvern\b|"
    r"ansvarl[ie]g for dine data\b|personverninnstilling|cookie policy\b|privacy policy\b|"
    r"before accepting\b|we ask for your permission\b|contains content provided by\b|"
    # a consent box: «Analytical cookies are used to …», «These cookies do not store …»
    r"(?:necessary|functional|analytical|analytics|performance|advertisement|advertising|"
    r"marketing|targeting|essential|these|such) cookies (?:are|help|do not|don't)\b|"
    r"cookies that are categori[sz]ed as\b|each consent category\b|^we use cookies\b[^,.]*\.|"
    r"^(?:this|our) (?:web)?site uses cookies\b[^,.]*\.|"  # (not «…, the regulator found.»)
    # an embedded post's picture link and its signature: «… pic.twitter.com/7V7zepoTog»,
    # «— Met Office (@metoffice) November 28, 2025»
    r"pic\.twitter\.com/\w|t\.co/\w+ pic\.|\w+\) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]* \d{1,2}, \d{4}$|"
    # A site down, an appeal for money, a notification box.
    r"temporarily unavailable in your\b|working hard to get it back online\b|"
    r"your support (?:helps|makes all the difference)\b|your donation allows\b|"
    r"we need reporters on the ground\b|is on the ground when the story\b|"
    r"out of our reporting and analysis\b|få varsel hver gang\b|skru av varselet\b|"
    # A leader's notice, a page that no longer changes, a handle.
    r"har ansvar for innhold(?:et)?\b|sak(?:a|en) blir ikk(?:j)?e oppdatert\b|twitter: @\w|"
    # An editor's note: «This information may be outdated or superseded»; a comment box, a
    # sign-up form, a reading time, an audio link: «This article has no comments yet.»
    r"may be outdated or superseded\b|^this article has no comments yet\b|^be the first to "
    r"comment\b|^send questions/comments to\b|^your email address$|^must be at least \d+ "
    r"characters\b|^registration is (?:a )?free\b|\d{1,2} min(?:ute)?s? read$|"
    r"^(?:hør|høyr|lytt til) (?:intervju(?:et)?|podkast(?:en)?|podcast(?:en)?) med\b|"
    # Share dialogs, subscriptions: «Den du deler artikkelen med …» (narrow: an article's words)
    r"(?:dele|deler|del|delar)\s+artikkelen\b|abonnent(?:ane|ene) våre\b|våre abonnent(?:ar|er)\b|"
    r"javascript is disabled\b|(?:enable|aktiver) javascript\b|premium titles\b|"
    r"your news in one place\b|"
    # A tip box: «Er du der det skjer eller vet noe vi burde vite? Ta kontakt på …».
    r"vet noe vi burde vite\b|veit noko vi burde vite\b|ta kontakt på \d|"
    # An aggregator's notice: «This article was added by the user. X is not responsible …».
    r"this article was added by\b|is not responsible for the content\b|"
    # A player's notice: «Denne videoen er kun tilgjengelig i Norge», «… not available …».
    r"(?:videoen|video|klippet|innholdet|sendinga|sendingen)\s+er\s+(?:kun|bare)\s+"
    r"tilgjengel(?:ig|eg)\b|"
    r"(?:not|isn['’]t) available in your (?:country|region|location)\b|"
    # A box's label: «… Featured Video»; a consent box: «… om våre informasjonskapsler».
    r"featured video$|om våre informasjonskapsler$|siste versjon av nettleseren\b|"
    # An old browser's notice and a push box: «Your web browser is no longer supported»,
    # «X.com would like to send you notifications …», «Activate notifications?».
    r"browser is (?:no longer|not) supported\b|(?:update|upgrade) your browser\b|"
    r"nettleseren din (?:er|støttes) (?:ikke|ikkje)\b|would like to send you notifications\b|"
    r"(?:activate|allow|enable) (?:web |push )?notifications\b|web notifications$|"
    # A reader-funded paper's appeal, an ad blocker's, a paywall's: «We need your help now».
    r"please contribute what you can\b|we need your help now\b|readers like you\b|"
    r"seen value in our (?:reporting|journalism)\b|advertising revenue goes some way\b|"
    r"by allowing ads to appear on this site\b|abonner i dag\.?$|^les hele [\w ]{2,30} på nett$|"
    # A photo's button and a video's link: «View image in full screen», «Watch on YouTube:».
    r"view image in full screen\b|watch on (?:youtube|vimeo|facebook)\b|"
    # A video's title with its hashtags: «Third teenager charged … | SaltWire #news #halifax».
    r"\w+ #\w+(?: #\w+)+$|"
    # A chain's box of its other papers' stories: «Landet rundt skal spegla dei beste …»
    r"andre amedia-avis(?:ene|ane)\b|^landet rundt$|"
    # A share button's words: «Send this page to …», «LINKEDINCOMMENTMORE», «Twitter Reddit Email».
    r"send this (?:page|article|story) to\b|(?:e-?mail|share) this (?:page|article|story)$|"
    r"^(?:(?:facebook|twitter|linkedin|email|comments?|more|share|pinterest|whatsapp|print|reddit|"
    r"flipboard|telegram|messenger|tumblr|bluesky|threads|x|sms|e-post|copy link|google\+) ?){2,}$|"
    # A page's notes and buttons: «Comments closed.», «Denne saken oppdateres!», «Log In».
    r"comments (?:are )?closed\.?$|(?:denne |dette )?(?:saken|saka) (?:blir )?oppdater(?:es|ast)\b|"
    # («NRK oppdaterer saken!», «Vi oppdaterer saka.», «TV 2 oppdaterer denne saken fortløpende.»)
    r"^[\w.]+(?: \d)? oppdaterer (?:denne |dette )?(?:saken|saka)\b.{0,20}$|"
    r"oppdatert (?:nå|no) nettopp$|klikk for å aktivere\b|log ?in$|logg inn$|"
    # «Firda kjem tilbake med meir.», «Vi kommer tilbake med mer.», «More to follow.»
    r"(?:[\w.]+ )?(?:kjem|kommer) tilbake med (?:meir|mer)\b.{0,20}$|more to follow\.?$|"
    # a page's number: «Side 2», «Page 3 of 4»
    r"(?:side|page) \d{1,2}(?: (?:av|of) \d{1,2})?$"
)

# A widget's line, in lower case (bot.core.widgets reads the text lower-cased), in two
# patterns: what opens the line (read at its start only) and what opens a word anywhere
# in it (read at a word's start only). One pattern of both, each branch opening on its
# own ^ or \b, tried every branch at every position of the text, 25 times slower.
WIDGET_LINE_PATTERN = (
    # A partner's box, a byline with its date, a press reader's section line: «In partnership
    # with», «Richard Buxton·8 April 2023», «Faedrelandsvennen - - ØKONOMI - NTB»
    r"in partnership with$|[\w .'-]{3,40}·\s?\d{1,2} \w+ \d{4}$|"
    # A player's notice, a rail's label, a link home, a paywall's badge, a video's teaser:
    # «Media playback is unsupported on your device», «Most read in Money», «Go to the Globe
    # and Mail homepage», «BN+», «How much support will households get? X explains»
    r"media playback is unsupported|most read in |go to the [\w ]{2,40} homepage$|"
    # a gallery's link, a match's live link: «… of the Year – in pictures», «Gjenopplev
    # kampen minutt for minutt»
    r"[^.]{3,80} [–-] in pictures$|(?:gjenn?opplev|følg|følj) [\w ]{2,30}minutt[ -]for[ -]minutt$|"
    r"[\w ]{2,20} file (?:image|photo)$|"  # («KATU file image»: a picture's caption)
    # a pointer to the page's video: «Se video med tillatelse fra NRK i vinduet øverst.»
    r"(?:se|sjå|watch) (?:the )?video(?:en|a)?\b[^.]{0,60}\b(?:øverst|ovanfor|ovenfor|above)"
    r"(?: i saken| i saka)?\.?$|"
    r"[a-zæøå]{1,12}\+$|[^.]{5,120}\? [^.?]{3,60} explains$|"
    # A match's box of scorers: «Scorers: Haaland 45′, 67′, Grealish 58′», «Mål: Berg 12'»
    r"(?:scorers?|goalscorers?|goals|målscorere|målscorarar|mål):? [^.!?]{0,80}\d['′’](?:,|$).*|"
    r"[\w ]{3,40} - - [\w ]{2,30}(?: - [\w ]{2,20})?$|"
    # Archive notices: «Artikkelen er over 5 år gammel», «This story is over 5 years old».
    r"(?:journalist icon)?(?:denne )?artikkelen er (?:over|meir enn|mer enn) "
    r"(?:\d+|ett|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti) år gam(?:mel|mal)\b|"
    # an image's placeholder, a page's font-size buttons, a review's byline
    r"no caption$|(?:a ){1,2}a$|reviewed by [a-zæøå]+(?: [a-zæøå]+){1,3}$|"
    # a reading time in Norwegian (English's is with «Estimated read time» below), a live
    # page's and a gallery's labels: «2 min lesing», «Updates», «Live updates», «Media
    # statement», «Bilde 1 av 3», «Some highlights -»
    r"\d{1,2} min(?:utter|utt)? (?:lesing|lesetid|å lese)$|"
    # a video's link: «Sjå scoringane her», «Se høydepunktene fra kampen», «Watch the goals»
    r"(?:se|sjå|watch) (?:alle )?(?:målene|måla|scoringene|scoringane|høydepunktene|høgdepunkta|"
    r"the goals|the highlights|highlights)(?: (?:her|here|fra kampen|frå kampen))?:?$|"
    # a live centre's link: «Direktesenter - NTB»
    r"direktesenter(?: [-–] \w+)?$|"
    # a live page's credit and its writer's picture: «Ble dekket av NTB», «Author avatar»
    # (the whole line: «Skaden ble dekket av forsikringen.» is news)
    r"(?:ble|vart|was) (?:dekket|dekt|dekka|covered) (?:av|by) [a-zæøå]{2,12}"
    r"(?: [a-zæøå-]{2,14}){0,3}$|author avatar$|"
    # a live page's sign-off: «1. Thanks for reading», «Your writers today were …», «We are
    # going to bring this live page to a close now.», «Takk for at du fulgte med»
    # (the whole line: «We're pausing our live coverage. The bank held …» has news after it)
    r"(?:(?:\d{1,2}\. )?(?:thanks|thank you) for (?:reading|joining us|following)\b|"
    r"your (?:writers|reporters|editors?) (?:today )?(?:were|was|have been)\b|"
    r"we(?: are|'re|’re| will) (?:now )?(?:going to )?(?:bring|bringing|pause|pausing|end|ending|"
    r"close|closing|wrap|wrapping) (?:up )?(?:this|our) [\w ]{0,30}(?:live|coverage|page)\b|"
    r"see you (?:next week|tomorrow|again)|takk for at (?:du|dere|de) (?:fulgte|følgde)\b)"
    r"[^.!?]*[.!]?$|"
    r"(?:live )?updates$|media statement$|(?:bilde|bilete|image|photo) \d{1,2} (?:av|of) \d{1,2}$|"
    r"some highlights\s*[-–:]?$|"
    # a map's, a video's and an embed's buttons: «Vis større kart», «Scroll down for video»
    r"(?:vis|se|sjå) større kart$|view larger map$|scroll down for (?:video|more)$|"
    # a link to a match's figures: «See stats from the match at Flashscore»
    r"see (?:the )?(?:stats|statistics|line-?ups|player ratings)\b[^.!?]{0,50}$|"
    # (an agency's audio blurb, a promo, a partner's ad: «Redaksjonelt samarbeid Dplay Se …»)
    r"created by \w+$|up next$|now playing$|(?:ap|abc|cbs|nbc|cnn) correspondent .{3,40} reports\b|"
    r"(?:se|sjå) (?:hele|heile) (?:intervjuet|saken|saka|reportasjen)\b|redaksjonelt samarbeid\b|"
    # a box's figure: «419 ppm»; live coverage: «DN rapporterer direkte fra pressekonferansen»
    r"[+−-]?\d+(?:[.,]\d+)? ?(?:ppm|°c|°f|mm|m/s)$|"
    r"[\w.]+ (?:rapporterer|sender|dekker|oppdaterer) direkte (?:fra|frå)\b(?!.*\bat\b).{0,60}$|"
    # a live page's day: «Updates for Monday 7 September 2015», «… updates resume at 08:00»
    r"updates for [a-z]+day \d{1,2} [a-z]+ \d{4}$|"
    r"[\w ,&]{0,60}\bupdates (?:will )?resume (?:at|on|tomorrow)\b[^.!?]{0,40}\.?$|"
    # an embedded post's markers: «Skip twitter post by …», «End of twitter post by …»
    r"(?:skip|end of) (?:twitter|x|facebook|instagram|tiktok|youtube|bluesky) "
    r"(?:post|content|video)\b|"
    # a site's legal footer: «The material on this site may not be reproduced, …»
    r"(?:the )?material on this (?:site|page|website) may not be\b|"
    # a rail's age stamp and a page's link to the rest: «43m», «2h», «Continue reading the
    # main story»
    r"\d{1,2} ?(?:m|h|min|mins|hrs?|t)$|continue reading the main story$|"
    # a promo's line and a live match's box: «The Game Cricket 2023-24», «Kamp slutt Slutt (1-1)»
    r"the game [\w ]{2,20} \d{4}(?:-\d{2,4})?$|kamp slutt\b|kampen er slutt$|"
    # a blog's masthead and its notes on itself: «Forskningsbloggen», «Blog Image», «Om bloggen:»
    r"[a-zæøå]{3,30}bloggen$|blog image$|om bloggen:?$|"
    # an opinion piece's byline: «Debattinnlegg: Sten-Roger Karlsen, adm. direktør i …»
    r"(?:debattinnlegg|kronikk|leserinnlegg|innlegg|meninger|opinion): [\w'’-]+(?: [\w'’-]+){1,2},"
    r" (?:adm\.|(?:daglig|[a-zæøå]*(?:leder|leiar|sjef|direktør|rådgiver|rådgjevar|forsker|"
    r"forskar|professor|representant|sekretær|partner|ordfører|ordførar))\b)|"
    # an agency's section label: «AP U.S.», «Reuters World»
    r"(?:ap|afp|reuters|cnn|bbc|abc) (?:u\.s\.?|us|world|business|sports|politics|health|"
    r"science|technology|entertainment|news)$|"
    # a video's teaser: «Eleven wickets fall as play begins at Lord’s … | WATCH»
    r"[^|]{10,200}\| (?:watch|video|listen|se video)$|"
    r"this (?:article|story|content) is (?:more than|over) (?:\d+|a|one) (?:months?|years?) old\b|"
    # A login wall and a consent box: «Les artikkelen gratis», «Allow Twitter content?».
    r"les (?:artikkelen|saka|saken) gratis\b|allow [\w ]{2,30} content\?$|"
    # A site down, an app button.
    r"oops\.?$|åpne i appen$|åpne$|avbryt$|\*{3} [\w ]{2,30} \*{3}$|"  # («*** debug end ***»)
    # A station's live stream and a video rail's picture: «Watch News Channel 8 live online».
    r"watch [\w ]{2,30} live(?: online| now)?$|thumbnail for the video titled\b|"
    # An archive's age and category, a letter's or a list's heading.
    r"publisert (?:for )?(?:over|mer enn|meir enn) \d+ år siden\b|category archives\b|"
    r"(?:to the editor|dear editor|here['’]s the latest):?$|"
    # A site's name as its masthead: «West End Theatre.com», «Nettavisen.no» (not a headline's
    # words about one: «Historia bak Framtida.no»).
    r"(?![\w ]*\b(?:bak|om|i|på|til|med|av|frå|fra|of|to|in|on|behind|about|from)\s)"
    r"[\w ]{2,30}\.(?:com|no|co\.uk|org|net)(?:\s+[-|–]\s+.{2,40})?$|tag results for\b|"
    # A tag page's, a trail's and a removed bookmark's words: «All posts tagged: guardian»,
    # «You are in: Health».
    r"all posts tagged\b|posts tagged\b|you are (?:here|in):|removed from bookmarks$|"
    r"bookmark popover$|archive for\b|arkiv for\b|"
    # An editor's note, a stamp with its update, a byline with its paper, a live match
    # link: «Editor's note: …», «October 06, 2023 05:01 pm | Updated …», «By George
    # Monbiot, published in the Guardian …», «NRKSport.no fulgte Tromsø - LSK»
    r"editor['’]?s?\s?note:|[a-z]+ \d{1,2}, \d{4},? \d{1,2}:\d{2}\s*(?:am|pm)?\s*\|\s*updated\b|"
    r"by [a-z'’-]+(?: [a-z'’-]+){0,3}, published (?:in|on|by)\b|nrk ?sport(?:\.no)? fulgte\b|"
    r"\d+ users here now$|founded \d+ \w+ ago$|\d[\d,.]* (?:readers|members|subscribers)$|"
    # «Estimated read time: 4-5 minutes», «2 mins to read», «8 photos», «(0 Stemmer)».
    r"(?:estimated\s+)?read(?:ing)?\s+time\b|\d{1,2}[- ]min(?:ute)?s?\s+(?:to\s+)?read$|"
    r"\(?\d+\s+(?:photos|pictures|images|bilder|bilete|videos|stemmer|votes)\)?$|"
    # A publishing system's fields printed as text: «:Headline: …: ID:123019: from db_amp»;
    # a fixture's countdown and kick-off: «Brighton vs. Southampton: 16 hrs 5 mins», «Dec 8,
    # 2013 at 4pm UK».
    r":[a-z]+: |.{3,60}: \d+ hrs? \d+ mins?$|"
    # an audio player's label: «Listen to the story(Anna Henderson)»
    r"listen to (?:the|this) (?:story|article)\b|"
    # a film's credit, a picture's alt text, a link to more of the section, a live page's
    # welcome: «Directed by Colm Bairead», «Head shot of actor Nicola Walker», «Les flere
    # saker om 3. divisjon her», «Here, you can keep up to date with …»
    r"directed by [\w'’-]+(?: [\w'’-]+){0,3}$|head ?shot of\b|"
    r"(?:les|sjå|se) (?:flere|fleire) saker (?:om|fra|frå)\b.{0,40}$|"
    r"(?:welcome to.{0,40}\. )?here,? you can (?:keep up to date|follow)\b|"
    # a site's date strip: «Thursday, Thu, 10 AprilApr 2025»
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,? [\w ,]{2,30}\b(?:19|20)\d\d$|"
    r"[a-z]{3,9}\.? \d{1,2}, \d{4} at \d{1,2}(?:[:.]\d{2})?\s?[ap]m(?: uk| gmt| bst| et)?$|"
    # A live blog's «Reporting from Stockholm»; a calendar box's «Navnedag: Lørdag …».
    r"reporting from\s+[^.!?]{2,40}$|navnedag\b|"
    r"tips (?:oss|[a-zæøå]{2,5})(?: her)?[.!]?$|"  # a tip box: «Tips BT her», «Tips NRK»
    # A gallery's, a share's, a comment box's counter: «1 of 18», «26Shares», «Comments (0)»
    r"\d{1,3}\s+(?:of|av)\s+\d{1,3}$|\d+ ?shares?$|comments? \(\d+\)$|text size(?: [+−-])?$|"
    r"launch console(?=[a-z]{2,} )|[^.]{10,80} >>$|"  # («Launch consoleBBC…», «… on 7plus >>»)
    # A page's own notes: «This story is from October 21, 2014», «Loading article content»,
    # a box's label «What We Know So Far», «Live video above shows …», a live story's
    # «[Breaking news update, posted at 5:02 p.m. ET]».
    r"this (?:story|article) is from [a-z]+ \d|loading(?: [a-z]+){0,2}(?:\.\.\.|…)?$|"
    r"what we know(?: so far)?:?$|(?:live )?video above shows\b|listen live$|"
    r"(?:\(cnn\))?\[(?:breaking news update|previous version|update|updated)\b|"
    # A genre's label alone on its line; a consent box; a link's counter: «Anmeldelse»,
    # «Vi bruker informasjonskapsler …», «Gå til forsiden», «More () »».
    r"(?:anmeldelse|anmelding|kommentar|analyse|kronikk|artikkel|review|analysis|opinion|intervju|"
    r"editorial|leder|leiar)$|"
    r"(?:vi bruker|we use) (?:informasjonskapsler|cookies)\b|gå til forsiden\b|"
    # «This website uses cookies.», «Read about how we use cookies», a template's byline
    # left unfilled: «{by} PA»
    r"this (?:website|site) uses cookies(?:\.?$| to (?:give|improve|ensure|provide|enhance)\b)|"
    r"read (?:about|more about) how we use cookies\b|"
    r"\{by\} .{1,40}$|"
    # A browser's notices: «Stay up to date with notifications from …», «Internet Explorer
    # 11 is not supported», «For optimal browsing, we recommend Chrome …»
    r"stay up to date with notifications\b|notifications can be managed\b|"
    r"(?:internet explorer|ie) \d+ is not supported|for (?:optimal|the best) browsing\b|"
    r"for an optimal experience visit our site\b|get more news ?live ?on\b|"
    # an archived blog's note: «This article was originally on a blog post platform and
    # may be missing photos, graphics or links.»
    r"this (?:article|post|story) was originally (?:on|published on) a blog\b|"
    # a reporter's line on a live page: «Rapporterer fra Folkets Hus i Oslo Torsdag 3. april»
    r"rapporterer fra\b|reporting from\b(?![^.]*\.)|"
    # who wrote a summary box: «Oppsummeringen er laget av AI-verktøyet ChatGPT og …»
    r"oppsummeringen er (?:laget|lagd|laga) (?:av|med)\b|"
    r"summary (?:was|is) (?:generated|created|written|produced) (?:by|with|using)\b|"
    # a link to results or a quiz: «Sjekk alle resultatene … her!», «QUIZ: Kva veit du …?»
    r"(?:sjekk|se|sjå) (?:alle )?(?:resultatene|resultata|tabellen|bildene|bileta)\b.{0,60}"
    r"\bher[.!]?$|quiz: .{3,80}\?$|"
    r"more \(\d*\) »$|"
    # Where a piece was first published; a writer's line: «(Denne kommentaren ble først
    # publisert på Altinget …)», «Joris Evers covers security.»
    r"\((?:denne|dette|this) (?:kommentaren|artikkelen|saken|saka|innlegget|teksten|article|"
    r"column|story|piece) (?:ble|vart|blei|er|was|is|first) (?:først |first )?"
    r"(?:publisert|published)\b|"
    r"[a-z'’-]+ [a-z'’-]+ (?:covers|writes about|reports on) [a-z ,&]{2,40}\.$|"
    r"(?:categories|category|kategori|kategorier):\s|embed <>|"  # («Categories: Sports»)
    # A site's gate and a pointer to the page's foot: «This site is intended for health
    # professionals only», «Sjå heile resultatlista nederst i saka.»
    r"this (?:site|website|page) is (?:intended|only) for\b|heard on [\w ]{2,40}$|"
    # «Last modified on Tue 29 May 2018 17.00 EDT»; a paper's prize: «2024 newspaper of the year»;
    # a credit's line; a date run into the section («Mar 01, 2026·Cross-Country»)
    r"last (?:modified|updated) on\b|\d{4} (?:newspaper|website|site) of the year$|"
    r"article origination |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}, \d{4}·|"
    r"[a-z]+(?: [a-z]+)?, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}$|"
    r"[+−-]?\d{1,2}(?:[.,]\d)? ?°?[cf]$|"  # (a weather box's «10.2 C» over the page)
    r"(?:se|sjå|les) (?:hele|heile|alle) [\w ]{2,40} (?:nederst|øverst|under) i "
    r"(?:saken|saka)\.?$|"
    # a reader's share and an update stamp: «Lene Haug har delt denne artikkelen med deg.»,
    # «7 måneder siden siste oppdatering»
    r"[\w .'’-]{2,60} har delt (?:denne |dette )?(?:artikkelen|saken|saka|innlegget) med deg\.?$|"
    r"\d{1,3} \w{3,9} sid[ae]n sist(?:e)? oppdatering$|"
    # a pointer to a recording: «Se livesendingen i opptak øverst (fra VG Nett)»
    r"(?:se|sjå) [\w -]{2,40} i opptak(?: øverst| nederst| her| nedenfor)?(?: \([^)]{2,30}\))?\.?$|"
    # a help line's number: «Kirkens SOS: 815 333 00», «Mental helses hjelpetelefon: 116 123»
    r"(?:[–-] +)?[\w .'’–-]{2,60}: \+?(?:\d{2,3} ){1,3}\d{2,3}$|"
    # a video's caption, a correction's note, a dateline or a place's date alone on its line:
    # «Anna Lunde has the latest on the bear …», «The original version of this post …»,
    # «PARAMUS, New Jersey --», «Aiguebelette, 6 September 2015»
    r"[\w'’. -]{3,40} has the latest on [^.]{3,80}\.?$|"
    r"(?:the original|an earlier|a previous) version of this (?:post|story|article|report)\b|"
    r"[a-z]{3,}(?:[ -][a-z]{2,})*, [a-z][\w. ]{1,20} ?(?:--|—|–)$|"
    r"[a-zæøå][\w -]{2,30}, \d{1,2}\.? (?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|januar|februar|mars|mai|juni|juli|desember|oktober) "
    r"\d{4}$|"
    # a stamp with its site, a link to results: «Published Nov 20, 2020 7:15 PM by The Maritime
    # Executive», «– Full live results here»
    r"published (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b|"
    r"(?:[–-] +)?(?:see )?(?:the )?full (?:live )?results here\.?$|"
    # a reading level's badge, a newsletter's promo, a gallery's link: «Reading level: orange»,
    # «Get daily National news», «IN PICTURES: Total solar eclipse in the Pacific»
    r"reading level: \w+$|get (?:daily|weekly|the latest) [\w ]{2,30} (?:news|updates)$|"
    r"in pictures: [^.!?]{3,80}$|"
    # a link's sentence, a browser's title with its stamp: «The latest SMUD outage information
    # can be found here.», «… | The Daily Star 12:00 AM, January 24, 2020 / LAST MODIFIED: …»
    r"[^.!?]{3,80} can be found here\.?$|"
    r"[^|]{5,150}\| [^|]{2,40} \d{1,2}:\d{2} [ap]m, .{0,80}last modified:|"
    # a share button's words, a comment box's policy: «Share this article with Google Plus»,
    # «KVIA ABC 7 is committed to providing a forum for civil and constructive conversation.»
    r"share this (?:article|story|page) (?:with|on|via) [\w+ ]{2,20}$|"
    r"[\w .&'’-]{2,40} is committed to providing a forum for\b"
)
