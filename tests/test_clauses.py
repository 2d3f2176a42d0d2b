"""A bullet needs a main clause: a finite verb outside its subordinate clauses."""

from __future__ import annotations

import pytest

from bot.core.clauses import clause_checker
from bot.core.digest import digest_article
from bot.core.parse import parse_text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Han understrekte at Nato bidrar med avanserte systemer."),
        ("nb", "Neste uke planlegger både Nato og Russland en øvelse."),
        ("nb", "Fergeselskapet kaster ut passasjerene."),
        ("nb", "Hvis du er nybegynner kan du fort bli den nye stjernen."),
        ("nb", "Der møtte han statsministeren."),
        # a name in -s is no genitive before «er», «går», «har»: «Høyres leder» is one
        ("nb", "Gass er et brennbart tema i den lokale valgkampen."),
        ("nb", "Hennes meningsfelle Øyvind Foss går enda lenger."),
        ("nb", "Fiskeeksportørene i Troms sier at banen korter ned transporttiden."),
        # the s-form of a verb the dictionary files as a lemma of its own
        ("nb", "Politikere med stortingsambisjoner kappes om å være mest positive."),
        ("nb", "Et brøl høres foran TV-skjermen."),
        ("nn", "Ho påpeika at elevtalet har gått ned."),
        ("nn", "Regjeringa legg fram budsjettet."),
        ("nn", "Dei meiner det er for seint."),
        ("en", "The storm hit the coast."),
        ("en", "Officials warn of more floods."),
        ("en", "The council voted to close the plant."),
        ("en", "He was re-elected in May."),  # (a verb's prefix, no adjective)
        ("en", "The much-needed rain came on Sunday."),
        # a verb that takes an object, with one after it; a participle with its auxiliary
        ("en", "Police arrested two men after the match."),
        ("en", "Officers found the car in a ditch."),
        ("en", "The two men arrested after the fight were released on bail."),
        ("en", "A study found on Tuesday that prices rose."),
        ("en", "He was found guilty."),
        ("en", "We cannot keep the ward open at night."),  # (a modal in one word)
        ("nb", "Bedriften ansatte førti nye i fjor."),
        # a noun of its own in -s is no genitive: «Børs» before its verb
        ("nb", "Oslo Børs skriver på Twitter at kursene faller."),
        # an adverb of «som» and a participle, then the verb
        ("nb", "Som ventet vant Brann kampen."),
        ("nn", "Som venta vann Brann kampen."),
        ("nn", "Om kvelden glitter sjøen."),
        # a Nynorsk a-verb's past, filed as its infinitive or under a noun: the place decides
        ("nn", "I tillegg kollapsa ei stikkrenne under vegen."),
        ("nn", "Brannvesenet rykka ut til staden."),
        # a strong verb's present in -t: «bryt», «skyt»
        ("nn", "Sandnes kommune bryt opplæringslova når dei samlar elevane."),
        ("nn", "Jegeren skyt ein ulv i reviret."),
        # a Bokmål past in -et in a text read as Nynorsk (a Nynorsk quote in a Bokmål story)
        (
            "nn",
            "Et enstemmig kommunestyre i Lidal besluttet torsdag at språket skal være nøytralt.",
        ),
        ("en", "The company recently announced new jobs."),
        ("en", "The newly elected mayor said the plan was good."),
        ("en", "The crash involved two cars and a lorry."),
        ("nb", "Å reise er å leve."),  # (the infinitive its subject)
        ("en", "Having rejected the pay offer, the union called a strike."),
        ("nn", "Men at det skulle gå så fort, trudde ingen."),
        ("nb", "Å kunne svømme er viktig for alle barn."),
        ("en", "Two firms based in Leeds won the contract."),
        # (a clause after the fronted phrase; «once» as an adverb, «following» as a noun's word)
        ("en", "In a move that surprised many, the council resigned."),
        ("en", "Following a notice that the supply was cut, the mayor declared an emergency."),
        ("en", "Once the budget lands on her desk, the governor has ten days to sign it."),
        ("en", "He once lived in Oslo."),
        ("en", "The following day, police arrested two men."),
        # a past the same as its plain form, after a singular subject
        ("en", "Handball powerhouse Norway beat France 29-21 in the final."),
        # a plural without its -s, then a plain verb
        ("en", "Police warn of a new scam."),
        ("en", "About 140 people work at the plant."),
        ("en", "The well-known singer died."),
        ("en", "Police sometimes described the man as calm."),
        ("en", "He works as chairman of the board."),
    ],
)
def test_a_sentence_has_a_main_clause(language: str, text: str) -> None:
    assert clause_checker(language).has_main_clause(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an apposition with its relative clause: the verb is inside «som ...»
        ("nb", "Arne Bård Dalhaug, som er pensjonert generalløytnant og tidligere sjef."),
        ("nb", "Skjerpede krav til bankene i Norge."),
        ("nb", "Jentene og guttene i klassen."),
        ("nn", "Ventetida og køane ved sjukehuset i byen."),  # (not «vent», «ventar»'s stem)
        # a fronted phrase whose verb sits in an indirect question
        ("nn", "På fleire spørsmål om kva Nato vil gjere med medlemslanda."),
        ("nn", "Jenta i klassen."),
        ("en", "The minister, who resigned on Monday."),
        # headline English: a passive without its auxiliary
        ("en", "Three people injured in a crash on the motorway."),
        ("en", "Man found dead in river."),
        ("en", "Residents told to leave their homes."),
        # a verb that takes its object first, its participle before a preposition
        ("en", "Workers involved in the dispute at the company."),
        # a perfect participle's phrase and its objects, the clause after it cut off
        ("en", "Having rejected a 5.5pc pay offer, plus a bonus of up to six per cent."),
        # what was said, told on after «og at»: a condition's clause inside it
        ("nn", "Og at dersom ikkje noko skjer, vil fastlegeordninga rakne i løpet av fem år."),
        # an infinitive's phrase, its only verb in the relative clause after it
        ("nn", "Å ikkje lenger kunne møte henne, som alltid omgav seg med glede og varme."),
        ("en", "Two firms based in Leeds and a charity."),
        # a tour's dates: a city's name of two words, «San» no verb; an infinitive after «å»
        ("en", "San Francisco, The Fillmore (11)."),
        ("en", "Los Angeles, The Forum (October 2)."),
        ("nn", "Eit fint selskap å vera i."),
        # those employed: a participle as a noun after a number
        ("nb", "Rundt 400 ansatte på kontorene i Norge."),
        # a reason alone: «kroner» is money, not the verb «krone» that would close it
        ("nb", "Blant annet fordi regjeringen vil gi et fond på 20 milliarder kroner."),
        # a reason, and a clause inside it: no verb outside them
        ("nb", "Sistnevnte fordi de vil vente til medlemsmøtet før de tar stilling til saken."),
        # a caption's noun that is a past too (Nynorsk «brann», of «brenna»), not the verb
        ("nn", "Brann i Sykkylven kyrkje 1983."),
        ("nn", "Brann på Voss i natt."),
        # an adjective of two words: its participle is no verb
        ("en", "Beyond this well-crafted mix of genres."),
        ("en", "With a long-awaited return to the stage."),
        # a plural before the names it has: no verb («guests» of «to guest»)
        ("en", "On beating Gasquet in front of Royal guests Prince William and his wife Kate."),
        # a standfirst of nouns after its preposition («glitter» of «glitre»), a relative
        # clause cut from its noun
        ("nn", "Om glitter, åtgaum og møte med publikum."),
        ("nb", "Som opplevde at forestillingen ble et kvarter lenger."),
        ("nn", "Som bur i Oslo og jobbar i Bergen."),
        # a participle after its adverb, an adjective: «the recently commissioned»
        ("en", "Using the recently commissioned unit on the Gemini spectrograph."),
        # a British spelling is no irregular past («defence» of «defense»), «once» opening a
        # clause, a clause «that» opens inside a fronted phrase
        ("en", "In cross-examination from defence QC Ola Berg."),
        ("en", "Under the licence of the centre for colour and fibre."),
        ("en", "Once the budget lands on the governor's desk."),
        ("en", "Following a notice from the water company that its supply had been cut."),
        ("en", "In a move that surprised many."),
        ("en", "As soon as the video cut off."),  # («as soon as», «as long as»: a clause)
        # a fronted phrase: an irregular participle in a compound, an adverb's participle
        ("en", "Already one of cycling's best-paid riders."),
        ("en", "Sometimes described as a whale trap."),
        # «as», a plural and its verb after a comma: a clause
        ("en", "Beginning last spring, as pandemic-exhausted nurses left the hospitals."),
        ("en", "As long as the rain falls on the hills."),
    ],
)
def test_a_fragment_has_none(language: str, text: str) -> None:
    assert not clause_checker(language).has_main_clause(text)


def test_participles_are_not_finite_verbs() -> None:
    checker = clause_checker("nb")
    assert not checker.is_finite("pensjonert")
    assert not checker.is_finite("kastende")
    assert checker.is_finite("pensjonerte")
    # a strong verb's in -et and a verb's in -dd; the weak past in -et stays a verb
    assert not checker.is_finite("utskrevet")
    assert not checker.is_finite("skadd")
    assert checker.is_finite("kastet")
    assert not checker.has_main_clause("Utskrevet fra Sykehuset Levanger.")
    assert not checker.has_main_clause("Mann 20-29 år: Lettere skadd.")
    assert checker.has_main_clause("To personer ble lettere skadd.")


def test_a_participle_in_t_is_not_a_finite_verb_but_a_strong_past_is() -> None:
    checker = clause_checker("nb")
    # a weak past never ends in -t: these are participles (innlagt, of «innlegge»)
    for participle in ("innlagt", "sagt", "solgt", "gjort", "dømt", "kjent", "fortalt"):
        assert not checker.is_finite(participle), participle
    for past in ("fant", "forsvant", "inneholdt", "tillot", "avbrøt", "brant", "falt", "datt"):
        assert checker.is_finite(past), past
    assert not checker.has_main_clause("Tre personer innlagt etter brannen i Skien.")
    assert not checker.has_main_clause("Mann i 40-årene dømt for ran av bensinstasjon.")
    assert checker.has_main_clause("Tre personer ble innlagt etter brannen i Skien.")
    assert checker.has_main_clause("Mannen forsvant fra hjemmet sitt i Skien.")
    assert checker.has_main_clause("I juni i år falt dommen mot en 35-åring fra Os.")
    assert clause_checker("nn").has_main_clause("Huset brann i natt.")
    assert checker.has_main_clause("De som bor der vet at det blir kaldt.")


def test_a_verb_a_noun_spells_is_the_verb_after_the_subjects_relative_clause() -> None:
    # Nynorsk «vann» (won; water): after «Ruud, som …,» it is the subject's verb
    checker = clause_checker("nn")
    assert checker.has_main_clause("Ruud, som speler for Noreg, vann greitt 6-2, 6-1.")
    assert not checker.has_main_clause("Kampen om vann og mat i byen.")


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Rødts leder Bjørnar Moxnes og partiets nestleder.", False),  # «leder» the noun
        ("Den nye lederen og en leder fra Høyre.", False),
        ("Hun leder partiet fram mot valget.", True),  # «leder» the verb
        ("Kari Noem er minister og leder departementet.", True),
        ("Norges Bank hever renten igjen.", True),
        ("Det er en ny leder i partiet.", True),
    ],
)
def test_leder_after_a_genitive_or_article_is_the_noun(text: str, main: bool) -> None:
    assert clause_checker("nb").has_main_clause(text) is main


@pytest.mark.parametrize(
    ("language", "text", "main"),
    [
        # «rykket» is the noun «rykk» and the past of «rykke»: after a subject, the verb
        ("nb", "Ambulansen rykket ut til en ulykke på E6 i natt.", True),
        ("nb", "De rykket inn i byen før daggry.", True),
        ("nb", "Rykket i ryggen under treningen.", False),
        ("nb", "Det plutselige rykket i aksjekursen.", False),
        ("nb", "Bilen og huset ved fjorden.", False),
        # or before its subject, after a time that opens the sentence
        ("nb", "Klokken 08.31 rykket nødetatene ut til en brann på Stangenes.", True),
        ("nb", "Torsdag kveld rykket politiet ut til Sandvika.", True),
        ("nb", "Etter det siste rykket fram mot toppen.", False),
        # or after two subjects joined by «og»
        ("nb", "Politiet og ambulanse rykket ut til den første hendelsen natt til søndag.", True),
        ("nb", "Brann og politi rykket ut til Sandvika.", True),
        ("nb", "Det store rykket og fallet i aksjekursen.", False),
        ("nn", "I går melde dei om glatte vegar.", True),
        # Nynorsk «sende», «melde»: the infinitive and the past are one form
        ("nn", "Lensmannen melde om glatte vegar i heile fylket.", True),
        ("nn", "Dei sende brevet til departementet.", True),
        ("nn", "Ein melde av same typen.", False),
        ("nn", "Kravet om å melde frå til kommunen.", False),
        # «pumpar»: a present the Nynorsk dictionary lacks, and the noun's plural
        ("nn", "Sivilforsvaret pumpar framleis vatn ut av kulturhuset.", True),
        ("nn", "Fleire nye pumpar frå fabrikken i byen.", False),
        # «rykte», «søkte», «følgde»: the past of rykkje, søkje, følgje (and «rykte» a noun)
        ("nn", "Brannvesenet i Hordaland rykte ut til 69 bustadbrannar i fjor.", True),
        ("nn", "Kommunen søkte om pengar til ny skule.", True),
        ("nn", "Eit rykte om nedlegging av skulen.", False),
    ],
)
def test_a_verb_that_is_also_a_noun_or_an_infinitive_counts_after_its_subject(
    language: str, text: str, main: bool
) -> None:
    assert clause_checker(language).has_main_clause(text) is main


@pytest.mark.parametrize(
    ("language", "text", "main"),
    [
        # a determiner and an adjective, or a number, before a form make it the noun
        ("nb", "Det store løftet fra regjeringen i fjor.", False),
        ("nb", "Hun løftet sekken opp på bordet.", True),
        ("nn", "Dei nye hyttene ved vatnet.", False),
        ("nn", "To hytter og eit naust ved sjøen.", False),
        ("nn", "Tinn kommune har over fem tusen hytter.", True),
        ("nn", "Store skadar på bilen etter uvêret.", False),
        ("nn", "Uvêret skadar vegen kvar vinter.", True),
        ("nn", "Fleire ramma fylke langs kysten.", False),
        ("nn", "Uvêret ramma kysten i natt.", True),
        # a noun's definite plural is no adjective, though a verb's past spells it («kuttet»)
        ("nb", "Kuttene rammer særlig FN-organisasjoner og Redd Barna.", True),
        ("nb", "De rene hendene.", False),
        ("nn", "Omsetninga auka frå 10,1 til 10,8 milliardar kroner.", True),
        # a count in figures is a number too; a year or a clock's hour is not
        ("nb", "55 varsler om mobbing ved skolene i kommunen.", False),
        ("nb", "Fem varsler om mobbing ved skolene i kommunen.", False),
        ("nn", "55 skadar på bygg etter uvêret.", False),
        ("nb", "I 2022 varsler kommunen nye kutt.", True),
        ("nb", "Klokka 12 starter kampen.", True),
        ("nb", "Rundt 30 deltar i aksjonen.", True),
        ("nb", "Over 200 demonstrerer mot vedtaket.", True),
        # «så» is «then» unless a subject stands by it, and «so» before «langt», «mange»
        ("nb", "Først angrepet i januar, og så drapene i Paris i november.", False),
        ("nb", "Hun så drapene på nyhetene.", True),
        ("nb", "Ti saker i Bø så langt i år.", False),
        # «etter», «før» before a subject and its verb open a clause
        ("nn", "Ein time og fjorten minutt etter dei fekk alarmen frå sentralen.", False),
        ("nn", "Etter dei fekk alarmen, køyrde dei ut.", True),
        ("en", "Two hours after they got the alarm.", False),
        ("nb", "Han så mange biler.", True),
        # a plural in a phrase after a comma; a participle opening an insertion
        ("en", "But nagging inflation, largely from steep energy and food prices.", False),
        ("en", "The minister, elected in 2019.", False),
        ("en", "Her mother, Larysa, worked as a cleaner.", True),
        # a participle and its agent in an opening phrase: «submitted by the DPP»
        ("en", "Reading from an affidavit submitted by the DPP, Senior Counsel Ann Ryan.", False),
        ("en", "In a report published by the ministry, officials warned of floods.", True),
        ("en", "Officials warn of rising prices.", True),
        # a noun in -s that is no plural is no subject before a plain word: «a news conference»
        ("en", "Speaking at a news conference on Friday.", False),
        ("en", "After the press conference in the city hall.", False),
        # «As the US awaits …» is a clause waiting for its main clause; «As a result» is not
        ("en", "As the United States awaits a winner in the presidential race.", False),
        ("en", "As a result the bank raised rates.", True),
        # … after a comma too: what is left of a sentence cut before its main clause
        ("en", "In a series of motions Thursday, as Tory sat silently.", False),
        ("en", "Prices rose, as the company had warned.", True),
        # a noun that is a verb's past too, joined to a noun: «Sogn brann og redning»
        ("nn", "Trass iherdig innsats frå brannmenn frå Sogn brann og redning.", False),
        ("nn", "Huset brann og folk flykta.", True),
        ("nn", "Løa brann og redningsmannskapet kom for seint.", True),
        # a Bokmål past filed under its noun: støtte (støte), leide (leie)
        ("nb", "Fire biler støtte sammen på E18 ved Undrumsdal tirsdag ettermiddag.", True),
        ("nb", "Han støtte hodet i døra.", True),
        ("nb", "Regjeringens økonomiske støtte til bøndene.", False),
        # a Nynorsk weak past in -a the thin dictionary lacks, as Bokmål has it
        ("nn", "Heimelaget tukta Molde med 2-1 laurdag.", True),
        # an English plural on top is the subject, never a verb in -s
        ("en", "Passengers travelling with Transpennine Express (TPE).", False),
        ("en", "Officials warn of floods.", True),
        # an English participle on top opens a phrase, never the main clause
        ("en", "Invited to respond to the minister's announcement of a price on alcohol.", False),
        ("en", "Asked about the plans, the minister said nothing.", True),
        # a measure and a compass point: «west» is no verb after «miles»
        ("en", "Using a telescope at the McDonald Observatory 450 miles west of Austin.", False),
        # a name and a participle in one word is an adjective; a prefix and a verb is a verb
        ("en", "Bridge of Weir-based Scottish Leather Group, which names Aston Martin.", False),
        ("en", "She co-founded the firm in Glasgow in 1990.", True),
    ],
)
def test_a_form_that_is_a_noun_too_is_read_by_its_place(
    language: str, text: str, main: bool
) -> None:
    assert clause_checker(language).has_main_clause(text) is main


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Nynorsk verbs the dictionary files under an a-infinitive, strong presents and
        # pasts, a particle on a common verb, a Bokmål spelling
        ("nn", "Men sjølv partiet kjenner på presset i debatten."),
        ("nn", "Ho fortel om ein lang vinter på fjellet."),
        ("nn", "Dei raude farevarsla gjeld for heile kysten."),
        ("nn", "Kommunestyret vedtok måndag å byggje ei ny symjehall."),
        ("nn", "Like før midnatt kolliderte eit vogntog med ein bil."),
        ("nn", "Alliansen består no av 28 medlemsland."),
        # a weak past whose stem drops its double consonant: stemme/stemde, fylle/fylte
        ("nn", "Eit fleirtal på Stortinget stemde tysdag ned forslaget."),
        ("nn", "Publikum fylte hallen lenge før konserten."),
        # a name in -s is no genitive before a verb
        ("nb", "Hennes meningsfelle Øyvind Foss går enda lenger."),
        ("nb", "Heldigvis gikk det bra med alle."),
        # English irregular verbs have no -ed form: their -s present is read by -ing, -n
        ("en", "Inflation rises to five percent as fuel costs climb."),
        ("en", "The economy grows for a third quarter in a row."),
        ("en", "A storm hits the west coast overnight."),
        # an irregular past the dictionary files under a noun or an adjective
        ("en", "The death toll of the crash rose to six on Sunday."),
        ("en", "Police shot a man who threatened officers with a knife."),
        ("en", "The news shook the market."),
        ("en", "Many voters felt betrayed by the party."),
        # a past the same as its present; a Nynorsk present on a verb in -å, with a prefix too
        ("en", "Kristoffersen on Tuesday set a blistering pace in the second run."),
        ("nn", "Tilsynet tilrår departementet å skjerpe forskrifta for bustadlån."),
        ("nn", "Kommunen rår folk til å halde seg innandørs."),
    ],
)
def test_a_sentence_whose_verb_is_irregular_has_a_main_clause(language: str, text: str) -> None:
    assert clause_checker(language).has_main_clause(text)


@pytest.mark.parametrize(
    ("language", "word"),
    [("nn", "hytter"), ("nn", "jenter"), ("nn", "hytta"), ("nn", "del"), ("nb", "utsatt")]
    + [("en", word) for word in ("defence", "offence", "colour", "centre", "catalogue")],
)
def test_nouns_imperatives_and_participles_are_not_finite(language: str, word: str) -> None:
    assert not clause_checker(language).is_finite(word)


@pytest.mark.parametrize(
    "text",
    ["A rose for the winner.", "His shot from the edge of the box.", "A run of twenty yards."],
)
def test_such_a_past_after_its_determiner_or_a_plural_after_a_number_is_the_noun(
    text: str,
) -> None:
    assert not clause_checker("en").has_main_clause(text)


@pytest.mark.parametrize(
    ("language", "text", "open_"),
    [
        # clauses nest: «until» has its verb, «that» still waits for its own
        ("en", "Watchers say experience shows that until inflation really accelerates", True),
        ("en", "An acceptance that fiscal policy, touted as the comeback kid", True),
        ("en", "He said that the plan would work", False),
        ("nb", "Han sa at de som kom", True),
        ("nb", "Han sa at kvinnen som ble skadet, er utskrevet", False),
        # a phrase fronted after «but» waits for the clause after its comma
        ("en", "Teams were at the mine, but because of fires more than 2,000 feet down", True),
        ("en", "Teams were at the mine, but because of fires, they could not go in", False),
        ("nb", "Mannskapene var på stedet, men på grunn av røyken i tunnelene", True),
        # a name is no clause's verb: «that» still waits after «on Saturday»
        ("en", "It is alleged that, on Saturday", True),
        # a participle after its article is the noun's adjective, not the clause's verb
        ("en", "Experts will have to redefine how the horned dinosaur group", True),
        ("en", "Experts will have to redefine how the group is classified", False),
        # a participle after its auxiliary is no second clause's verb: «that» still waits
        ("en", "OEUK has stressed that if reforms are brought forward", True),
        ("nb", "Han sa at dersom vegen blir stengt", True),
    ],
)
def test_a_cut_may_not_end_inside_a_clause(language: str, text: str, open_: bool) -> None:
    assert clause_checker(language).ends_in_open_clause(text) is open_


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("I'm confident the bond will pass in March.", True),
        ("We've never seen anything like it.", True),
        ("I don't know what happens next.", True),
        ("Obama's decision on the debt limit.", False),
    ],
)
def test_an_english_contractions_verb_is_a_verb(text: str, main: bool) -> None:
    assert clause_checker("en").has_main_clause(text) is main


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "I Nordland sloss ti grunneiere mot Statkraft om vannet."),
        ("nb", "Naboene slåss om parkeringsplassene hver vinter."),
        ("nn", "Grunneigarane slost mot kraftselskapet i fleire år."),
        ("nn", "Brua opnast for trafikk i desember."),
    ],
)
def test_a_verb_in_s_is_a_verb(language: str, text: str) -> None:
    assert clause_checker(language).has_main_clause(text)


def test_a_nynorsk_passive_after_its_marker_is_no_main_verb() -> None:
    assert not clause_checker("nn").has_main_clause("Kravet om at brua skal opnast før jul.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bushfires continue to burn across Queensland, with warnings in place for seven fires.",
        "Teachers continue to strike.",
        "Officials hope to finish the work by May.",
    ],
)
def test_an_english_plain_verb_in_e_after_a_plural_is_finite(sentence: str) -> None:
    assert clause_checker("en").has_main_clause(sentence)


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # two finite verbs in a row: the relative clause's, then the main clause's
        ("A van driver who crashed was jailed for three years yesterday.", True),
        ("Police who attended found the body in the garden.", True),
        ("The man who had crashed.", False),  # (an auxiliary and its participle: one verb)
        ("The woman who was killed in the crash.", False),
        # a clause without a verb of its own, not closed by a comma
        (
            "A driver who crashed, killing a pensioner, while chatting on his phone was jailed.",
            True,
        ),
        ("When asked about the crash, he declined to comment.", True),
        ("When asked about the crash.", False),
        ("The driver, while chatting on his phone.", False),
        # «and» is no verb, though the dictionary reads «anded» as one's past
        ("With very cold temperatures and snow in the forecast.", False),
        ("Residents and businesses lose power.", True),  # (an irregular verb after a plural)
    ],
)
def test_an_english_subject_with_a_clause_of_its_own_has_its_verb_after_it(
    text: str, main: bool
) -> None:
    assert clause_checker("en").has_main_clause(text) is main


def test_a_time_of_day_is_no_verb() -> None:
    checker = clause_checker("en")
    assert checker.ends_in_open_clause("The court heard how, in August 2016 at around 3.05am.")
    assert not checker.has_main_clause("At around 3.05am on Sunday.")
    assert checker.has_main_clause("The fire started at 10pm.")


def test_an_amounts_unit_is_no_verb() -> None:
    """«£40m»: no «m» («I'm»); a participle's phrase with an amount in it is no sentence."""
    checker = clause_checker("en")
    assert not checker.has_main_clause(
        "Having agreed a deal last year to borrow £40m from a restructuring specialist"
    )
    assert not checker.has_main_clause("A loan of $2.5bn over ten years")
    assert checker.has_main_clause("The firm borrowed £40m last year.")


def test_the_clocks_p_m_is_no_verb() -> None:
    """«at 10.56 p.m.»: no «m»; a «that» with only the time after it is an open clause."""
    checker = clause_checker("en")
    assert checker.ends_in_open_clause("The fire chief said that on Wednesday at 10.56 p.m.")
    assert not checker.ends_in_open_clause("The call came in at 10.56 p.m.")


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Kampen enda 2-1 etter ein jamn andre omgang.", True),
        ("Det totale gjestetalet enda på om lag 6100 gjester.", True),
        ("Enda meir snø i vente.", False),  # («enda meir»: even more, no verb)
    ],
)
def test_nynorsk_enda_after_its_subject_is_the_verb(text: str, main: bool) -> None:
    assert clause_checker("nn").has_main_clause(text) is main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # a plural noun in an opening phrase, before «of»: no verb («aspects», «costs»)
        ("Despite the positive aspects of the budget.", False),
        ("Despite rising costs of the project.", False),
        ("Despite the positive aspects of the budget, there was a long debate on taxes.", True),
        ("Within hours, police arrested two men.", True),
    ],
)
def test_an_opening_phrases_plural_is_no_verb(text: str, main: bool) -> None:
    assert clause_checker("en").has_main_clause(text) is main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # «det han omtalte»: an object clause that left out its «som», no main clause
        ("Dette på bakgrunn av det han før kampen omtalte som en god treningsuke.", False),
        ("Alt dette på grunn av det hun hadde skrevet i boka.", False),
        ("Treneren snakket om det han før kampen omtalte som en god treningsuke.", True),
        ("Etter det vi erfarer har politiet pågrepet en mann.", True),  # an idiom: a clause
        ("Han kom hjem før kampen startet.", True),
    ],
)
def test_a_clause_without_its_som_after_a_preposition_is_no_main_clause(
    text: str, main: bool
) -> None:
    assert clause_checker("nb").has_main_clause(text) is main


def test_the_clause_readers_words_and_their_facts_stand_at_the_same_places() -> None:
    # (a rule reads the words around the one it is at: both lists must be one list)
    from bot.core.clause_tokens import FACTS, token_list

    text = "The Oslo-based firm, at 3.05am, sold 55 of this well-crafted mix to the «new» buyers."
    words = token_list(text)
    facts = [fact for token in text.split() for fact in FACTS[token]]
    assert [fact[0] for fact in facts] == [w.lower() for w in words]


@pytest.mark.parametrize(
    "word", ["media", "criteria", "bacteria", "alumni", "fungi", "larvae", "feet", "teeth"]
)
def test_a_nouns_irregular_plural_is_no_irregular_past(word: str) -> None:
    # («In a post on social media, the airport said: …» cut at its comma is no bullet)
    checker = clause_checker("en")
    assert not checker.is_finite(word)
    assert not checker.has_main_clause(f"In a post on the {word}")


@pytest.mark.parametrize("word", ["took", "told", "began", "wrote", "grew", "sang", "bought"])
def test_an_irregular_past_is_still_a_finite_verb(word: str) -> None:
    assert clause_checker("en").is_finite(word)


@pytest.mark.parametrize(
    "text",
    [
        "Kvinna som køyrde på ein gut i Førde er frifunnen av tingretten.",
        "Mannen som budde i Førde har fått ny jobb.",
    ],
)
def test_a_place_that_spells_a_verb_before_the_main_verb_makes_no_cluster(text: str) -> None:
    # «Førde» spells the past of «føre»; a capital inside a sentence is a name, and the verb
    # after it opens the main clause (no «førde er» cluster inside the relative clause).
    assert clause_checker("nn").has_main_clause(text)


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Ekornes sendte onsdag ut permitteringsvarsel til sine ansatte.", True),
        ("Ekornes forventer likevel at produksjonen fortsetter.", True),
        # (before a verb whose form a noun's spells too: «roste», «rykket»)
        ("Forsvarsminister James Mattis roste Norges innsats under besøket i Oslo.", True),
        ("Lars rykket ut med mannskapene sine.", True),
        # a name's genitive before its noun: no verb
        ("Høyres leder Erna Solberg.", False),
        ("Rødts leder i Oslo.", False),
        ("Norges innsats i Nato.", False),
    ],
)
def test_a_name_in_s_first_is_the_subject_before_a_verb_no_noun_spells(
    text: str, main: bool
) -> None:
    assert clause_checker("nb").has_main_clause(text) is main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Having not prepared a defence statement.", False),
        ("Having been arrested in May.", False),
        ("Having prepared a statement, he left the court.", True),
        ("Having a baby changed her life.", True),  # (a gerund, the subject)
        ("Asked whether polls had influenced the change.", False),  # (a question put)
        ("Asked about the polls, Morrison denied any change.", True),
        ("Pressed on the cost, she said the council would pay.", True),
    ],
)
def test_a_participles_phrase_alone_has_no_main_clause(text: str, main: bool) -> None:
    assert clause_checker("en").has_main_clause(text) is main


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Wearing a grey sweatshirt and jogging bottoms.", False),  # («bottoms»: a noun)
        ("Racing under low clouds.", False),
        ("Wearing a grey sweatshirt, he was remanded in custody.", True),
        ("Wearing a mask protects others.", True),  # (a gerund, the subject)
        ("Housing costs soared.", True),
        # a participle and its agent after a noun: no verb
        ("A motion proposed by council leader Alan Mosley.", False),
        ("A motion proposed by the leader was passed.", True),
    ],
)
def test_a_present_participles_phrase_alone_has_no_main_clause(text: str, main: bool) -> None:
    assert clause_checker("en").has_main_clause(text) is main


def test_a_bullet_never_keeps_a_participles_phrase_without_its_clause() -> None:
    text = (
        "Man charged with murder after city centre stabbing\n\n"
        "A man has been charged with murder after a stabbing in the city centre on Sunday.\n\n"
        "Wearing a grey sweatshirt and jogging bottoms, he was remanded in custody to appear"
        " at the crown court on May 16 when he appeared before magistrates on Monday.\n\n"
        "Police said the victim, a man in his forties, died at the scene."
    )
    for max_words in (20, 30, 40):
        digest = digest_article(parse_text(text), max_words=max_words)
        bullets = [b for s in digest.sections for b in s.bullets]
        assert "Wearing a grey sweatshirt and jogging bottoms." not in bullets


@pytest.mark.parametrize(
    "text",
    [
        "Fredag føremiddag sende NVE ut gult varsel om fare for flaum.",
        "Fredag kveld melde NRK at vegen var stengd.",
    ],
)
def test_a_verb_that_reads_as_an_infinitive_too_is_the_verb_before_a_names_subject(
    text: str,
) -> None:
    # «sende», «melde»: Nynorsk past and infinitive; after a fronted time, the name after
    # it is the inverted subject
    assert clause_checker("nn").has_main_clause(text)


@pytest.mark.parametrize(
    ("language", "text", "main"),
    [
        # «da» before its subject and verb is «when»: the clause waits for its main one
        ("nb", "Da fylkestinget behandlet saken i september, etter en lang debatt.", False),
        ("nb", "Da han kom hjem og spiste middag.", False),
        ("nn", "Då kommunestyret vedtok planen i fjor haust.", False),
        ("nb", "Da politiet kom fram, var mannen død.", True),
        ("nb", "Da brannvesenet kom fram sto huset i full fyr.", True),
        # «da» before its verb is «then»
        ("nb", "Da kom han hjem.", True),
        ("nn", "Då er det klart at ho går av.", True),
        # a clause's verbs joined by «og» are its own, not the main clause's
        ("nb", "Etter en debatt som varte i tre timer og endte med et knapt flertall.", False),
        ("en", "After a debate which lasted three hours and ended in a narrow vote.", False),
        ("nb", "Hvis du er ny kan du søke om støtte.", True),
        # «after the NOUN VERB» is a clause of its own, as «after it was» is
        (
            "en",
            "Speaking after the blaze was put out, Tom Berg, duty manager at the station.",
            False,
        ),
        ("en", "Before the vote was held.", False),
        ("en", "After the match ended, fans ran onto the pitch.", True),
        ("en", "After the match, he said no.", True),
    ],
)
def test_when_and_a_clauses_joined_verbs_are_no_main_clause(
    language: str, text: str, main: bool
) -> None:
    assert clause_checker(language).has_main_clause(text) is main


@pytest.mark.parametrize(
    "sentence",
    [
        "No gir Høgre, Frp, KrF og Venstre regjeringa beskjed om at ordninga bør evaluerast.",
        "Kommunen tar no over drifta av ferja.",
    ],
)
def test_the_nynorsk_norms_gir_and_tar_are_finite_verbs(sentence: str) -> None:
    assert clause_checker("nn").has_main_clause(sentence)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("With superfast broadband delivering programmes to our many devices in moments.", False),
        ("With prices rising, families cut back on food.", True),
        ("With this ruling the court sets a precedent.", True),
    ],
)
def test_a_phrase_of_with_and_a_participle_alone_is_no_clause(text: str, clause: bool) -> None:
    assert clause_checker("en").has_main_clause(text) is clause


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Fyllingsgrada i NO5 (Vestlandet) enda førre veke på 94,4 prosent.", True),
        ("Prisen (i snitt) enda høgare.", False),
    ],
)
def test_nynorsk_enda_after_a_subjects_aside_is_its_verb(text: str, clause: bool) -> None:
    assert clause_checker("nn").has_main_clause(text) is clause


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nn", "Kommuneoverlege Unni Natås oppmodar folk om å vurdere før dei ringjer legevakta."),
        (
            "nb",
            "En sen scoring fra Rosenborgs Sara Kanutte Fornes spolerte sjansen til å rykke fra.",
        ),
    ],
)
def test_a_verb_after_a_surname_in_s_is_the_verb_not_a_genitives_noun(
    language: str, text: str
) -> None:
    assert clause_checker(language).has_main_clause(text)
