"""Words that make no topic: a language's stopwords, news verbs, fillers, page furniture."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def stopwords(language: str) -> frozenset[str]:
    """Return the stopwords of a language (stopwordsiso ships them), plus news verbs."""
    import stopwordsiso

    code = {"nb": "no", "nn": "no"}.get(language, language)
    base: set[str] = set(stopwordsiso.stopwords(code)) if stopwordsiso.has_lang(code) else set()
    if language in ("nb", "nn", "da", "sv"):
        base |= _NORWEGIAN_EXTRA
    if language == "en":
        base = (base | _ENGLISH_EXTRA) - _ENGLISH_NOT_STOPWORDS
    return frozenset(base)


# stopwordsiso's English list comes from web search engines: names and nouns a story is
# about («Microsoft posted quarterly results …» had no topic at all).
_ENGLISH_NOT_STOPWORDS = frozenset(
    "microsoft netscape wells computer research invention novel rooms goods".split()  # noqa: SIM905
)


# Words that recur in every news story and make poor topics.
_NORWEGIAN_EXTRA = set(
    "sier sa sagt seier mener meinte fortsatte forteller fortalde skriver skreiv ifølgje ifølge "  # noqa: SIM905
    "torsdag fredag lørdag søndag mandag tirsdag onsdag laurdag sundag måndag tysdag "
    "januar februar mars april mai juni juli august september oktober november desember "
    "år året årene uke uka veke dag dagen dager gang ganger tid tiden igjen også både "
    "ble blir blitt vart vorte får fått kommer kom kome gjør gjorde gjort "
    "mange flere fleire hele heile første siste neste nye ny nytt stor store større "
    "mer meir mest annen andre ting måte prosent kroner millioner milliarder "
    # Nynorsk and Bokmål function words stopwordsiso's `no` list lacks.
    "berre frå òg utan medan sidan saman enno difor hjå kvarandre nokre alt "
    "utenfor innenfor ovenfor nedenfor bortenfor utafor innafor blant hos kome kjem gjere "
    # Fillers and furniture no reader asks about (/god, /natt, /sjolv, /innover, /foto, /del).
    "natt natta kveld kvelden morgon morgen ettermiddag formiddag sjølv selv kort innover utover "
    "glad tru tro skje skjer skjedde sted stad situasjon hending hendelse melde meldt blåse vinne "
    "god godt gode bra nesten tillegg bare også litt mye helt heilt svært veldig særlig særleg "
    "egentlig eigentleg allerede allereie fortsatt framleis likevel dessuten dessutan derfor altså "
    "ganske stadig nok kanskje trolig truleg rundt omtrent cirka snart lenge tidligere tidlegare "
    "senere seinare etterpå foreløpig faktisk nettopp dermed ellers natten foto bilde biletet "
    "video les lese annonse publisert oppdatert kopier lenke del dele delt tips kilde "
    "kjelde scanpix faksimile illustrasjon "
    # English function words of a quote in a Norwegian article (/and, /our), a name's particle
    "and the our we will with when of is are that this you they von van af".split()
)
_ENGLISH_EXTRA = set(
    "said says told according monday tuesday wednesday thursday friday saturday sunday "  # noqa: SIM905
    "year years week day days time new first last percent million billion "
    "also just even still really almost very much many more most well good "
    "image source caption getty images published updated share related story read "
    "photo video copyright stay achieve expect defend fight month tonight "
    "people person thing things way lot "
    # a name's particle: «Lars von Trier», «Vincent van Gogh» (no /von)
    "von van der af bin ibn dos das del della di du le la".split()
)


# Nouns of every story, in the stopwords' style: a person, a time of day, a source,
# a live page's furniture. Kept to what no reader types to find a story.
GENERIC_NOUNS = {
    "nb": frozenset(
        "mann kvinne person menneske minutt sekund klokke klokkeslett informasjon opplysning "  # noqa: SIM905
        "data nærhet nærheit nord sør øst vest nordøst nordvest sørøst sørvest "
        # «på grunn av», «i stor grad»; what any story has: a chance, a worry, a level
        "grunn grad mulighet moglegheit mulegheit bekymring nivå vilje måte tilfelle "
        "artikkel kring spørsmål halvpart halvdel kategori programleder programleiar "
        # what every story has: a country, a role, a challenge, a measure, a part, a time
        "per land tema rolle utfordring tiltak kontroll del gang situasjon prosess sted stad "
        "ting side type eksempel runde periode helg helgen dag uke veke måned månad kveld "
        "morgen morgon jobb selskap gong pause sjef deretter etterpå samtidig "
        # adverbs of time and direction no dictionary marks as such
        "fremover framover framleis fremdeles hittil heretter tidligere tidlegare "
        "best verst operasjonsleder operasjonsleiar vaktleder vaktleiar innsatsleder "
        "politidistrikt pressetalsperson "
        # a role or a unit of any body, what any story announces or offers; and words of
        # phrases («stå bak», «den eine», «om bord»)
        "leder leiar ordfører ordførar varaordfører varaordførar avdeling melding "
        "endring tilbud tilbod enhet eining bak eine bord nærleik analytiker analytikar "
        # a firm, a body, a post of any story; who explains a case; a unit
        "bedrift institusjon rektor minister statsråd aktor forsker forskar storebror "
        "lillebror meter kilometer centimeter millimeter kilo tonn liter kwh "
        # a road of any story (its name is the topic: /e16), a thing, a participant, a skill
        "vei veg fylkesvei fylkesveg riksvei riksveg gjenstand deltaker deltakar ferdighet "
        "ferdigheit "
        # who comes to any fire or crime, and what any inquiry or count has
        "brannvesen nødetat naudetat gjerningsmann gjerningsperson etterforsking etterforskning "
        "resultat "
        # the roles any court, fire or weather story has: the defence, a neighbour, a witness
        "forsvarer forsvarar nabo vitne fornærmede fornærma pårørende pårørande saksbehandler "
        "saksbehandlar meteorolog forelder "
        # «trass i», «tross»: a preposition; what any rescue has, any science story, any rule
        "trass tross innsats studie ordning "
        # who is in any crash or fire: the driver, a passenger, a walker, the residents
        "sjåfør bilfører fotgjenger passasjer beboer bebuar "
        # what any fire, crash or count has: a home, its owner, the place, debris, a figure,
        # a rise, a price, a shape seen in the dark
        "bustad bolig huseier huseigar ulykkessted ulukkesstad skadested skadestad vrakdel "
        "antall antal auke økning pris skikkelse "
        # what any rescue, court case, bill, tenancy or ferry story has: the rescue, the
        # charge, the bill, the tenant, the drive, the crossing, the reader
        "redning tiltale regning rekning leietaker leigetakar kjøring køyring samband "
        # what any court case or match has: the verdict, the appeal, the charge, a half
        "dom anke siktelse omgang førsteomgang andreomgang "
        "leser lesar "
        # a unit, a district, a firm, a name, a trade any story may name in passing
        "kilowatt kilowattime megawatt gigawatt distrikt firma namn navn geolog inspektør "
        "rykk "
        # who comes to any crime, who is in any school story, what any council decides, a
        # firm's quarter: readers do not follow /politi, /elev, /vedtak or /kvartal
        "politi elev vedtak kvartal "
        # a unit of energy, heat or work, and a paper any story quotes (/twh, /arsverk, /avis)
        "twh gwh mwh terawattime gigawattime celsius årsverk avis "
        # what any firm, school or court story has: a project, a group, a solution, a
        # subject, a lawyer, an artist, a delay, a car
        "prosjekt konsern løsning løysing fag advokat artist forsinkelse forseinking "
        "personbil "
        # what any crime, crash or storm story has: a knife, a seizure, a blood-alcohol level,
        # a lorry, the accident, water, a roof, a race; any council's posts and bodies; what
        # any science story is about, any pain (not «helse»: «Helse Bergen» is a name)
        "kniv beslag promille vogntog lastebil ulykke ulukke vatn hustak takplate renn "
        "byråd rådmann fylkesrådmann kommunedirektør fylkeskommune forsking forskning "
        "smerte "
        # what any rescue, crash, fire, school or budget story has: the operation, the
        # helicopter, the mishap, the warning, the children, the care, the cuts (not «buss»:
        # «skulebussen» gives /buss, as «militærøvelser» gives /ovelse)
        "aksjon helikopter uhell varsel barn omsorg kutt skur garasje representant "
        "snøscooter "
        # what any school, hospital, fire, housing, economy or culture story has
        "student friminutt etasje hypotese vare fotballklubb boligfelt flamme herad medisin "
        "godkjenning behandling pasient husholdning vekst premiere "
        # what any health, economy, business, culture or science story has
        "fall kritikk utbrudd prisvinner nedgang husstand produkt kontrakt partikkel "
        "konsert lokal "
        # what any local, building, weather, crime, court or labour story has
        "behov trafikkuhell nybygg traktor igangsetting tolvmånedersperiode utsikt kollega "
        "hagle gravemaskin avhør avhøyr vêr ver konsum indeks oppseiing oppsigelse "
        "permittering "
        # what any fire, crime, care, nature or culture story has
        "fjøs eksplosjon politibil stein tann utbygging sau lisens innspel radiosending "
        "kronprinsesse funn avstemning avstemming sommar sommer "
        # what any bank, prison, health, sport or rescue story has
        "bankkunde erstatning fengsel tillit smitte kjøretid etappe eliteserie kyst "
        "redningshelikopter åpningshelg "
        # what any police, culture, school, building or trip story has
        "patruljebil politibetjent billett utstilling bygg bygging leverandør trinn turguide "
        "turgåer brannmannskap studentforening "
        # what any fishing, telecom, shop, church or shipping story has
        "fisk flokk nett telefon butikk kunde kapell rederi skip motorkraft".split()
    ),
    "en": frozenset(
        "man woman men women minute hour second information data news coverage live "  # noqa: SIM905
        "update reporting effort control total double strength east west north south "
        "lack access country way thing lot kind level chance concern interview question "
        "statement morning evening guy thing part side role challenge weekend operation day "
        "week month year issue matter example number company district cent percent official "
        "spokesperson mayor councillor councilor option analyst deputy incident minister "
        "researcher scientist archaeologist metre meter kilometre kilometer mile kwh "
        # a firm's posts («Chief Executive John Chen»), a filing any story makes
        "chief executive chairman chairwoman director manager application "
        # who comes to any fire, and a government's cabinet, as «regjering» in every story
        "announcement firefighter firefighters paramedic paramedics cabinet "
        # the roles any court or council story has (a judge or a premier is named, or no one)
        "judge premier neighbour neighbor witness spokesman spokeswoman "
        # Ireland's police, as «police» is everyone's
        "garda gardaí gardai "
        # what any science story reports
        "study studies "
        # who is in any crash, fire or flood: the driver, a passenger, a walker, the evacuees
        "driver drivers motorist motorists pedestrian pedestrians passenger passengers "
        "evacuee evacuees "
        # what any fire or crash has: the home's owner, the blaze, the scene
        "homeowner homeowners blaze scene "
        # what any rescue, trial, strike, vote or building story has
        "rescuer rescuers survivor survivors convict courthouse picket vote votes storey "
        "storeys "
        # a unit, a coroner, a stair any story may name in passing
        "bushel bushels kilowatt megawatt gigawatt coroner stair stairs "
        # a unit of energy or heat; who lives in any town, who sits on any board, a newsroom
        "twh gwh mwh celsius fahrenheit resident residents neighborhood neighbourhood "
        "commissioner commissioners newsroom "
        # who sits on any school's board, who is in any school, any flight, any commute
        "board child children budget record flight flights commuter commuters lorry "
        # the roles and things any crime, court or crash story has
        "victim victims suspect suspects defendant defendants juror jurors jury "
        "knife knives crash crashes motorway daylight accident "
        # what any council, fishery, climbing or fire story has
        "timetable borough diversion pensioner pensioners delegate delegates "
        "climber climbers fireplace ember embers ceo "
        # what any school, hospital, war or concert story has (not «school», «hospital»,
        # «army»: names hold them)
        "tuition fee fees parent parents schoolgirl schoolboy surgery patient patients troop "
        "troops militant militants airstrike airstrikes musician musicians "
        # what any hospital, spill, traffic, bill or lab story has
        "ward wards mouse mice emission emissions cleanup spill spills crew crews northbound "
        "southbound eastbound westbound amendment amendments frontline "
        # what any road, planning, weather, school or rescue story has
        "roadwork roadworks rezone rezoning skier skiers inspector inspectors savings meal "
        "meals "
        # what any fire, crash, travel, care, nature or celebrity story has
        "fireman firemen factory rain detector smoke medic medics interstate hiker hikers hike "
        "hunter hunters deer visitor visitors levy wildlife government divorce "
        "tomb gdp "
        # what any consumer, prison, scam, flood, sport or book story has
        "consumer consumers rule rules inmate inmates scammer scammers altercation shortfall "
        "trolley levee levees snowfall handball slalom book books "
        # what any festival, rail, health, budget, election or economy story has
        "headliner headliners closure closures havoc symptom symptoms inquiry price prices "
        "economy voter voters tunnel trail turbine turbines oilfield coalition "
        "conviction "
        # what any science, telecom, archaeology, fish farm or immigration story has
        "telescope ocean archaeology burial chamber disruption outage outages customer "
        "customers phone phones mobile immigrant immigrants seeker seekers louse lice".split()
    ),
}
GENERIC_NOUNS["nn"] = GENERIC_NOUNS["nb"]
