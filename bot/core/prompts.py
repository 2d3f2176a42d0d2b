"""The page's prompts and notices: what a site asks of its reader, or says of itself, in a
short line («Abonner på nyhetsbrevet», «Your support helps …», «Filed under:»). One
case-blind pattern, read by bot/core/furniture.py."""

from __future__ import annotations

from bot.core.case_blind import CaseBlind

# Prompts and notices of the page, wherever they stand in a short line. Case-blind on the
# lower-cased text (lower-case letters only): re.IGNORECASE tries so many words at every
# position about three times slower.
PROMPT = CaseBlind(
    r"nyhetsbrev|nyheitsbrev|newsletter|abonner på|bli abonnent|subscribe|sign up|"
    r"meld deg på|last ned appen|download the app|tips oss|©|copyright|"
    r"all rights reserved|alle rettigheter|sponset innhold|sponsored content|annonsørinnhold|"
    r"fortsetter under annonsen|held fram under annonsen|story continues below|tv licence|"
    r"article continues below|^comment guidelines$|encourages reader|"
    r"^main news image$|^by main news image$|"  # (an image's placeholder, under «By»)
    # a metered paywall: «You are viewing your 1 free article this month. Login to read …»
    r"login to read|log in to read|free articles? this month|login to access|log in to access|"
    # a site's appeal, sign-up and browser notices: «Support our Nation today - please donate
    # here», «Create a free account to continue», «Your browser appears to have cookies …»
    r"please donate|create a free account|cookies disabled|consent to use cookies|"
    r"^learn more$|partner content$|^join [\d.,]+k?\+? (?:people|readers|subscribers)|"
    # a content warning, a local paper's appeal: «Every contribution will help us continue …»
    r"^warning: this (?:story|article|report) contains|^every contribution will help|"
    # a site's search box, a pointer to its updates: «Følg med her for å få oppdatert …»
    r"^(?:hi, )?what are you looking for\?|^følg med her\b|^this article was taken from\b|"
    # a paywall's offer to save, a mailing list's: «Logg inn eller opprett et abonnement for å
    # lagre artikler …», «Get Rediff News in your Inbox»
    r"^logg inn eller opprett\b|^få tilgang til alt innhold\b|^get [\w ]{2,30} in your inbox$|"
    r"^ingen binding\b|^gjelder kun personlig abonnement|^kontakt oss for en bedriftsløsning|"
    # the comment box's call, a station's plug: «Bruk gjerne kommentarfeltet …», «To stay
    # updated listen to …»
    r"^bruk gjerne kommentarfeltet\b|^to stay updated,? listen to\b|"
    # a story's box of contents, a radio's app, a share box's label, an archive's header: «I
    # denne saken kan du lese om», «Enter your number to get our free mobile app»,
    # «Sharelines», «All posts by Archaeology World Team»
    r"^i denne saken kan du lese om|free mobile app|^sharelines$|^all posts by |"
    # a paper's terms of use, a site's maintenance notice: «Kopiering eller annen form for bruk
    # av hele eller deler av innholdet …», «Please try to re-enter the website in 10 minutes»
    r"^kopiering eller annen form for bruk|^please try to re-enter the website|"
    # a newsletter's blurb, a poll's widget: «A lunchtime summary of content highlights on …»
    # (an AI summary's note on how it was made is a page note: bot.core.page_notes)
    r"summary of content highlights|^\d+x\d+ polls?$|"
    # a sign-in prompt, a live stream's pointer: «Already have an account? Sign In», «Møtet
    # ser du direkte her frå klokka 10»
    r"^already have an account|\bser du direkte her\b|\bsjå direkte her\b|"
    # a page's text size and comment controls: «Adjust font size», «Show new comments (0).»
    r"adjust font size|^all comments$|^show new comments\b|^view more in this section$|"
    r" in a larger map$| artikkelnivå$|"  # (a map's link, an ad slot's label)
    # a wire site's menu: «You can filter your feed, by choosing only interesting sections.»
    r"filter your feed|^back to main page$|^\d+ pages? in this article$|^go to search$|"
    r"^enhanced by google$|"  # (a site's search box)
    # a share box, a site's videos, an attachment's pointer, a player's box: «Spread the
    # love», «Watch more of our videos on Shots!», «… sjå vedlegg nede på sida.», «Siste
    # video/lyd»
    r"^spread the love$|^spread the word$|^click the links above to share|"
    # a form's messages: «Thank you! Your submission has been received!», «Oops! Something
    # went wrong while submitting the form :(»; a logo's alt text, a tracking pixel's name, a
    # font's size buttons («A- A+»)
    r"^thank you! your submission|^oops! something went wrong|^logo: |^fbpx$|^a- a\+$|"
    # (a site's logo by its alt text, a paywall's prices: «Nett.no Logo», «129,- pr. mnd.»)
    r"^[\w.-]{2,30} logo$|^mega ?meny|(?:måneds|månads|års)abonnement (?:mot|med)|"
    r"^[\d.,]+,- pr\. mnd|"
    r"^med abonnement (?:hos|på) |^(?:teikn|tegn) (?:ditt|deg)|^hold deg oppdatert på alt|"
    r"^larger text\b|^smaller text\b|order photo reprints|"  # (a page's text-size buttons)
    # (a trail's label, a search box, a paywall's label, a local page's section, an ad's label,
    # a link to the roads' live map)
    r"^du er her:?$|^search form$|^for abonnenter$|^lokale notiser$|^ad: |"
    r"^her kan du (?:følgje|følge) med\b|"
    # (a page's highlights box, a picture's alt text, a social prompt, an audio player's)
    r"^highlights$|, illustrasjons(?:bilde|foto)$|^like us on facebook|"
    # (an ad slot's label and its advertiser, a search box's screen-reader text: «Advertisement
    # - Zuto Car Finance», «SearchDisplay a modal window with a form that allows searching …»)
    r"^advertisement ?[-–—:] |\ba modal window\b|"
    # (a newsletter's promise, a gallery's pointer: «…, direct to your inbox.», «A guide through
    # the most important stories of the morning, delivered Monday through Friday.», «Se bilder
    # av folkefesten her»)
    r"(?:direct|directly|straight) to your inbox|delivered (?:monday|every|each) |"
    # (a site's plug, a radio station's slogan and frequencies: «Don't miss the latest …»,
    # «Local NPR for the Cape, Coast & Islands 90.1 91.1 94.3»)
    r"^don[’']t miss the latest\b|(?: \d{2,3}\.\d){2,}$|"
    r"^play live radio$|^next up:?$|^available on air stations$|^(?:\d{1,2}:\d{2} ?)+$|"
    # (a page's tags, its edition and language links, a byline's stub, a market ticker's
    # name, a link's label, a press release's date: «Filed Under: …», «Change country», «På
    # norsk», «Skrevet .», «HANG SENG», «Full Article: …», «Released on March 2, 2018»)
    r"^filed under:|^change (?:country|region|edition|language):?$|^på (?:norsk|nynorsk)$|"
    r"^in english$|^skrevet ?\.?$|^(?:hang seng|dow jones|nikkei(?: 225)?|ftse 100|s&p 500|"
    r"nasdaq|osebx)$|^full article: |^released on [a-z]+ \d{1,2}, \d{4}$|"
    # (an image's missing text, a cookie banner's button, a live story's notice, a link's)
    r"^no description found$|^godkjenn(?: alle)?$|^accept all(?: cookies)?$|"
    r"^clear icon$|^-?\d{1,3} ?[º°][cf]?$|"  # (a search box's button, a weather box's degrees)
    # (a source's label, a link's, a teaching site's prompt, a site's strapline)
    r"^kaynak:|^read more on |^read the text below|^a publication of (?:the )?[a-z]|"
    r"will (?:be )?update[ds]? as the story develops|\b(?:are|is) posted here\.?$|"
    r"^(?:se|sjå) (?:flere |fleire )?(?:bilder|bilete|bileta|bildene|video) [\w ]{0,40}her[.!]?$|"
    r"you can now listen to [\w ]{2,30} articles|^more on [\w.-]{3,30}$|"
    r"finn(?:er)? du her[.!]?$|"  # («Ankeutvalgets kjennelse finner du her»)
    # a site's notice of its terms, its archive's link: «Updates to our Terms of Use», «We are
    # updating our Terms of Use. …», «Thursday, April 18, 2024 | Back issues»
    r"^updates to our terms|^we are updating our terms|\| back issues$|^leave a reply|"
    # an image's enlarge link, an attachment's pointer, a video's place on the page: «Klikk
    # for stort bilde», «Disse følger som filvedlegg …», «SJÅ EIN KORT VIDEO … NEDST I ARTIKKELEN»
    r"^klikk for stort bil|- klikk for stort bil|filvedlegg|"
    r"ned(?:er)?st i (?:artikkelen|saken|saka)\.?$|"
    # (a video's pointer over the page: «Se monsterhoppene i videovinduet øverst!»)
    r"\bi videovinduet\b|\bi videoen (?:øverst|over|ovanfor|ovenfor)\b|^(?:se|sjå) video(?:en)?:? |"
    r"^watch more of our videos|sjå vedlegg|se vedlegg|^siste video/lyd$|"
    # a site's own video channel, its mailing list, its page's length: «Visit Shots! now»,
    # «Get our essential daily news email featuring …», «Artikkellengde er 1 ord»
    r"^visit [\w!]+ now$|^get our [\w ]{0,30}(?:email|e-mail)|^artikkellengde er|"
    r"fortsetter etter annonsen|held fram etter annonsen|kontakt oss$|contact us$|"
    # an image's machine-made alt text, a picture agency's stock photo, a switchboard
    r"automatisk generert beskrivelse|automatically generated description|- stock photo$|"
    r"^sentralbord: ?[\d ]{8,}|"
    r"your support helps|your donation|support now|laster innhold|vennligst vent|"
    # (a paper's appeal over its page: «Support 100 years of independent journalism.»)
    r"^support (?:\d+ years of |our |quality )?independent journalism|^support the guardian\b|"
    # (a paper's membership box: «Become a member of Shetland News», «… consider paying for
    # membership to get additional features …», its perks: «Hide membership messages»)
    r"^become a (?:member|subscriber|supporter) of |paying for (?:a )?membership|"
    # (a paywall's counter, a pointer down the page: «You have /5 articles left.», «Lurer du
    # på hvordan trafikken er på bilveiene. Se lenger ned i saken.»)
    r"^you have [\d /]{1,8} (?:free )?articles? left|\bse (?:lenger|lengre) ned i (?:saken|saka)\b|"
    # (a reader's settings and its paper's offer: «Bakgrunnsfarge», «Som abonnent på X får du:»)
    r"^som abonnent (?:på|hos) [\w ]{2,30} får du:?$|^dine innstillinger$|^bakgrunnsfarge$|"
    r"^tekst-(?:type|størrelse)$|"
    r"please become a member|^hide membership messages|^remove non-local ads|"
    # (a link's label, a resource box's heading)
    r"^(?:lenkje|lenke|link): |^(?:additional|related|further) resources$|"
    # (a gallery's button, a blog's byline, a site's greeting over its page)
    r"^open this photo in gallery|^[–-]? ?posted by: |^welcome to [\w .'’-]{2,30}$|"
    # (a site's donation box and its note on what a gift is not: «Resett trenger din hjelp»)
    r"\btrenger din (?:hjelp|støtte)$|\bneeds your (?:help|support)$|^støtt oss\b|"
    r"gir ikke tilgang til abonnementsinnhold|"
    r"aktivere javascript|enable javascript|rush transcript|tap here|send a link to a friend|"
    # a comment box's rules, a syndicating site's disclaimer
    r"diskuter sak, ikke person|innlegg vil bli fjernet|opphavsrettsbeskyttet materiale|"
    r"innlegg blir kontrollert|melde inn innlegg|redaktøra?ransvar|"
    r"views and opinions expressed herein|^legal disclaimer$|without warranty of any kind|"
    r"email to a friend|"
    # a plea for money and an ad slot's label: «Likte du denne artikkelen?», «Vipps valgfritt
    # beløp til 614043.», «KSU – Vipps – desktop»
    r"likte du denne artikkelen|did you (?:like|enjoy) this (?:article|story)|"
    # a tip box, an investment site's disclosure: «Har du tips?» «Send oss informasjon, bilder
    # eller video.», «The Motley Fool has a disclosure policy.»
    r"^har du (?:et |eit )?tips\??$|^send oss (?:informasjon|tips|bilete|bilder|video)|"
    r"has a disclosure policy\.?$|"
    # a pointer down the page, a radio programme's stamp: «Nedover i saka er det tabellar
    # som viser …», «From First Up, 5:12 am on 21 September 2020»
    r"^(?:nedover|lenger nede|lengre nede|lenger ned|nederst) i (?:saka|saken|artikkelen)\b|"
    r"^further down (?:the page|this (?:article|story|page))\b|"
    r"^from [\w ]{2,30}, \d{1,2}[:.]\d{2} ?[ap]m on |"
    # a paywall's offer: «Start Free Account Get access to 7 premium stories …»
    r"start free account|get access to \d+ premium|subscribe now|choose a package|"
    # the site selling itself: «Get the latest financial news … from our award-winning team»
    r"^get the latest .{0,80}from our |"
    # a wire's slug over the story: «20110314 xinhua»
    r"^\d{8} [a-z]+$|^have your say$|"
    # (every phrase opens on a letter of its own, no class or group: CaseBlind groups them)
    r"^vipps\b.{0,40}\d{4,}|- (?:desktop|mobile?)$|– (?:desktop|mobile?)$|"
    r"join the conversation|start the conversation|click here|trykk her|klikk her|"
    # a paywall's or a patron's appeal, a comment box's rules: «Get instant access to all
    # articles …», «14-day free trial», «Join the … community on Patreon», «Please keep
    # comments relevant and respectful»
    r"get instant access|free trial|on patreon|keep comments|comments may take|"
    # a live page's pointer to its updates: «Follow the latest updates below.»
    r"follow the latest updates|follow our live coverage|follow live updates|"
    # a live page's pointer, a gallery's blurb: «How to follow the announcement live»
    r"^how to follow |rolling updates in our|^images from the |^pictures from the |"
    # a pointer to a list, a report or a video: «Se hele resultatlisten her!», «NPR's Lynn
    # Neary … has this report.», «See who won …», «ITV News' Tom Sheldrick explains …»
    r"^(?:se|sjå|sjekk|les|klikk|trykk) [^.!?]{0,80} (?:her|under saka|under saken|nedanfor|"
    r"nedenfor)[.!]?$|has this report|"
    r"^see who |^find out who |^[\w ]{2,20} news['’]s? \w+ \w+ explains |"
    # a site's icons' names, its tags' label, a count of comments: «clock menu more-arrow no
    # yes», «Filed under:», «New, 143 comments»; a login box's pitch; a player's refusal
    r"^clock menu more-arrow|^filed under:?$|^(?:new, )?\d+ comments?$|is following this story|"
    r"gir deg tilgang til arkivet|from the archive of our partner|"
    r"content isn['’]t available on your device|"
    # a wire's corrected caption, a picture desk's credit of slashes, a site's address as a
    # label, a video's reporter: «CORRECTS SPELLING OF ABEL, NOT ABLE - One-year-old …»,
    # «… in M51. NASA/CXC/SAO/R. DISTEFANO», «Nett: nordhordland.no/nh-ung», «… ITV News
    # Correspondent Neil Connery reports.»
    r"^corrects [a-z ,'’]{3,60} - |\b[a-z]{2,}(?:/[a-z.]+){2,}(?: [a-z.]+){0,2}$|"
    r"^(?:nett|web|nettside|heimeside|hjemmeside): [\w.-]+\.(?:no|com|org|net)\b|"
    r"\bcorrespondent [a-z]+ [a-z]+ reports\.$|^(?:[\w'’]+ ){2,4}has more\.$|"
    # a site's call to follow it, a station's slogan: «Stay up to date with the latest sports
    # news», «Follow our social accounts …», «News and Music for Oklahoma»
    r"^(?:snapchat|instagram|facebook|tiktok|twitter|x): @?[\w.-]+$|"
    # a paper's syndication line, a radio show's hours: «First published in Worcester News by
    # , @murray_kelso», «Richard Spurr 1am - 4am»
    r"^first published in |\b\d{1,2}(?:am|pm) - \d{1,2}(?:am|pm)$|"
    r"^stay up to date with |^follow our social |"
    r"^news and (?:music|info|information) (?:for|from) |^photo of .{5,80}"
    r" in the background$|"
    # a station's address block: «920 Paul Bryant Drive», «Tuscaloosa, AL 35487-0370»,
    # «(800) 654-4262»
    r"^\d{1,5} [a-z .-]{3,40} (?:drive|street|avenue|road|boulevard|lane|way|st\.|ave\.|rd\.)$|"
    r"^[a-z .]{3,30}, [a-z]{2} \d{5}(?:-\d{4})?$|^\(\d{3}\) \d{3}-\d{4}$|"
    r"^become an expert on|^read and decide$|^join [\w ]{1,40} today$|"
    # a site builder's and a comment box's words: «top of page», «Writer's pictureNEMM», «Bruk
    # BankID for automatisk oppretting av brukerkonto.», «Note: only a member of this blog …»
    r"^(?:top|bottom) of page$|^writer['’]s picture|\bbruk bankid for |only a member of this "
    r"blog may|^kindly use the link below|^view gallery\b|"
    r"^information can (?:also )?be (?:passed|reported|given) anonymously\b|"
    r"delivered to your inbox!?$|^[\d,. ]+ (?:reading now|lesere nå|lesarar no)$|"
    r"^(?:les|sjå|se) (?:fleire|flere|meir|mer) (?:nyheiter|nyheter|saker) (?:frå|fra) |"
    r"^most (?:watched|read|popular) [\w ]{0,30}(?:videos|stories|articles)$|"
    r"last ned e-?avis|sjekk papirutg|les papirutg|kjøp papirutg|connect with us|stay connected|"
    # an opinion page's notice: «Dette er en kommentar. Kommentaren gir uttrykk for …»
    r"uttrykk for (?:skribent|forfatter|forfattar|artikkelforfatter)|views expressed|"
    r"^dette er (?:en|ein|eit|et) (?:kommentar|debattinnlegg|leserinnlegg|lesarinnlegg|"
    r"kronikk|leder|leiar|meiningsartikkel|meningsartikkel)(?:\.|$)|"
    r"^this is an? (?:opinion|comment|analysis) (?:piece|column|article)|"
    # a sponsor's note: «Denne artikkelen er produsert og finansiert av OsloMet …»
    r"^(?:denne|dette) (?:artikkelen|saka|saken|innhaldet|innholdet) er (?:produsert|laga|"
    r"laget|skrive|skrevet)(?: og finansiert)? (?:av|i samarbeid med)|"
    r"^this (?:article|content|story) (?:is|was) (?:produced|paid for|sponsored|funded) by|"
    # where the story was printed first: «Artikkelen er hentet fra ANs ukesavis BodøBy.»
    r"^(?:artikkelen|saken|saka|teksten) er (?:hentet|henta) (?:fra|frå)\b|"
    r"^this (?:article|story) (?:was )?(?:first|originally) (?:published|appeared)\b|"
    # an affiliate site's disclosure, a save button and its notice, a site's logo (its alt
    # text: «Site icon Sqoop – …»), a machine-made alt text, a station's plug: «This article
    # contains affiliate links.», «Read later», «During Beta testing articles may only be
    # saved for seven days.», «Bildet kan inneholde: sky, …», «For the latest breaking news
    # and stories from across the Tri-State …»
    r"contains affiliate links|^read later$|^site icon |^during beta testing\b|"
    r"^bildet kan inneholde:|"
    # a video's place in the story, a page's archive notice, a video's blurb: «Saken fortsetter
    # under videoen», «Please look at the time stamp on the story …», «CBC's Chris Brown breaks
    # down how …»
    r"(?:fortsetter|held fram) under videoen|^please look at the time stamp|"
    r"^[\w ]{2,30}['’]s \w+ \w+ breaks down (?:how|why|what)|"
    r"^for the latest (?:breaking )?news and stories from|"
    # a byline run into its stamp, read time and views: «Katerina Schwartz15:42, 08/20/231 min.137»
    r"^\w+ \w+\d{1,2}:\d{2}, \d{1,2}/\d{1,2}/\d{2}|"
    # a comment box's rules, an AI picture's notice, a paywall's offer, a live page's link and
    # its box's label, a video channel's promo, a topic box's link: «Du kan kommentere under
    # fullt navn …», «This image is AI-generated and does not depict any real-life event»,
    # «For an introductory offer of just £70 a year, …», «Read the latest updates on the
    # storms», «Summary», «Se DN Tv: …», «CO₂ i atmosfæren 415 ppm … Les mer om klima»
    r"^du kan kommentere under\b|\b(?:image|picture|illustration) (?:is|was) ai-generated\b|"
    r"does not depict any real-life|^for an introductory offer\b|^help us (?:to )?continue to\b|"
    r"^read the latest (?:updates|news|live)\b|^summary$|^(?:se|sjå) (?:\w+ )?tv:|"
    r"\bles (?:mer|meir) om \w+(?: \w+)?$|"
    # a login box, a picture's label, a pull quote's credit, a caption, a dated page's title, an
    # editor's note: «Please enter your login details», «stock image», «Council spokeswoman»,
    # «A Walgreens seen at night», «Headlines: December 13th, 2005», «Etter publisering har …»
    r"enter your login details|^(?:\d+ )?stock (?:image|photo|picture)$|"
    r"^(?:[a-z]+ )?spokes(?:wo)?man$|"
    r"^(?:a|an|the) [\w'’ ]{2,40} (?:seen|pictured|photographed) (?:at|in|on|from|during|outside)"
    r"(?: [\w'’]+){1,3}$|^headlines: [a-z]+ \d{1,2}(?:st|nd|rd|th)?, \d{4}$|"
    r"^etter publisering (?:har|er|ble|vart|blei)\b|^correction:|"
    # an archive's notice, a syndicated story's line, a wire's update notice: «This is an
    # archived article and …», «… originally appeared on Parade.», «THIS IS A BREAKING NEWS
    # UPDATE: AP’s earlier story appears below»
    r"^this is an archived article\b| (?:originally|first) appeared on [\w .'’-]{2,40}"
    r" on [a-z]{3,9}\.? \d{1,2}, \d{4}\.?$|^this story was originally reported by\b|"
    r"^this is a breaking news update\b|\bearlier story (?:is|appears) below\b|"
    # a wire's credit, a picture's file data and its desk's number, a caption's credit and
    # its present tense: «AP wire reports contributed to this article.», «Generated by IJG
    # JPEG Library», «… Primary School EMN-180618-143500001», «Fire crews are pictured
    # working to …»
    r"\bcontributed to this (?:article|report|story)\.?$|^generated by ijg jpeg|"
    r"\b[a-z]{2,5}-\d{6}-\d{6,12}$|"
    r"^[\w'’ ]{2,40} (?:is|are) pictured (?:working|at|in|on|with|outside|during|after)\b|"
    # an editor's note, a comment box, a disclaimer, a site's plugs: «Original story posted
    # Jan. 3.», «Story updated March 2, 2017 to include …», «Add new comment», «Also See»,
    # «Kindly Share This Story», «Comments expressed here do not reflect the opinions of …»,
    # «For the latest updates on …, visit our dedicated page.», «Start the day smarter: Get
    # USA TODAY’s Daily Briefing in your inbox», «Følg Dagsavisen på Facebook og Twitter!»,
    # «Flere litteratursaker: nrk.no/litteratur», «A donation page is here.»
    # (each note a line of its own, ending on its stop: a story may open on such a paragraph)
    r"^original story (?:posted|published) [a-z]{3,9}\.? \d{1,2}(?:, \d{4})?\.$|"
    r"^(?:this )?story (?:was |has been )?updated [^.]{0,100}\.$|"
    r"^add (?:a |new |your )?comment$|^\d{1,4} comments? [a-z]|^also see:?$|^disclaimer:?$|"
    r"^kindly share\b|^share this (?:story|article)$|"
    r"^(?:the )?(?:comments|views|opinions) expressed (?:here|herein|in this)\b|"
    r"^for (?:the )?(?:latest|more) (?:updates|news|coverage|stories) (?:on|about) .{2,80}"
    r"(?:visit|see|read|follow) our\b|^start the day smarter\b|: get .{2,40} in your inbox$|"
    r"^(?:følg|følj|follow) [\w .'’]{2,30} (?:på|on) (?:facebook|twitter|instagram|x|tiktok|"
    r"snapchat|linkedin)\b|^(?:flere|fleire|more) [\w-]{3,20}(?:saker|sakar|stories|news): |"
    r"\bdonation page\b|"
    # an AI's summary, its notice: «Oppsummeringa er laga av ei KI-teneste frå OpenAi.»
    r"^oppsummering(?:a|en) er (?:laga|laget|lagd|generert|skrive|skrevet) (?:av|med) |"
    r"^(?:this )?summary (?:was |is )?(?:generated|created|written|produced) (?:by|with|using)"
    r" (?:an? )?ai\b|"
    # a newsletter's pitch, a picture's licence: «Get the first look at the digital newspaper,
    # … delivered to your inbox.», «Adrian Serghie, CC BY-SA 2.0 via CNET»
    r"^get the first look at\b|(?:headlines|news|stories|updates) delivered (?:straight |"
    r"directly )?to your inbox|\bcc by(?:-(?:sa|nd|nc))*(?: \d\.\d)?\b|"
    # a video player's playlist: «NOW: Wanted suspect arrested …» over «NEXT:»
    r"^now: [^.!?]{5,120}$|^(?:up )?next:?$|"
    # an update's note, a picture's label, a link, a blog's stamps: «Saken er oppdatert med
    # kommentarer fra pressekonferansen.», «Petrol image», «Unemployment graphic», «Les hele
    # innlegget her», «Written by», «Date: 30th August 2016 at 2:54pm»
    r"^(?:saken|saka|artikkelen) (?:er|ble|blei|vart) (?:blitt |vorte )?oppdatert\b[^.]{0,100}\.?$|"
    r"^[\w'’]+(?: [\w'’]+){0,3} (?:image|graphic)$|^(?:written|posted) by:?$|"
    r"^(?:les|sjå|se) (?:hele|heile) (?:innlegget|saken|saka|artikkelen|intervjuet)"
    r" (?:her|hos [\w ]{2,20})[.:]?$|"
    r"^date: \d{1,2}(?:st|nd|rd|th)? [a-z]{3,9} \d{4}\b|"
    # a paywall's prompt, a page's notes, a graphic's caption, a link, a maintenance notice:
    # «Want to read more?», «Below is our previous coverage», «Graphic showing how …», «Les
    # saken her: …», «Please try to re-enter the website in 10 minutes time.»
    r"^want to read more\??$|^below is our (?:previous|earlier) coverage|"
    r"^(?:graphic|chart|map|image|picture|photo) (?:showing|shows) |^les saken her:|"
    r"please try to re-enter the website|"
    # a live page's staff, a comment box's rules, an icon's label: «Updates were written by
    # Andy Giddings, …», «Flagging does not guarantee removal.», «Arrow-right Camera»
    r"^(?:updates were|this (?:page|blog|coverage) was) (?:written|compiled|edited) by\b|"
    r"^flagging does not guarantee removal|^decisions to suspend or unsuspend accounts|"
    r"^arrow-(?:right|left|up|down)\b|"
    # a reprint's notice: «This copy is for your personal non-commercial use only.»
    r"^this copy is for your personal,? non-commercial use\b|"
    # a comment field's and an embed's notices, a login box's: «Kommentarfeltet er nå stengt …»
    r"^kommentarfeltet er (?:nå |no )?stengt\b|^innholdet som skulle vises her\b|"
    r"^we've sent you an email$|^an email has been sent to\b|^need to reset your password\b|"
    r"^please enter both an email address and a password\b|"
    # a wire's dateline alone, its agency last: «Baku, December 21, AZERTAC»
    r"^[a-z]+, (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) \d{1,2}, [a-z]{3,}$|"
    # another story's link and its date: «Giving blood still needed in all tiers - December 31,
    # 2020.»
    r" - (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december) \d{1,2}, \d{4}\.?$"
)

# A link's button after its teaser: «Ten-man Wigan stun Leeds to blow … race open Read more».
READ_MORE = (" Read more", " Read More", " Les mer", " Les meir", " Sjå meir")
