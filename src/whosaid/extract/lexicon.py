"""Word lists: speech verbs in every form, honorifics, gendered words, first names, function words."""
from __future__ import annotations

# Verbs that introduce reported speech or writing. Their forms are generated below.
_CUE_LEMMAS = """
call say tell add write read chant claim allege insist warn argue explain note ask reply tweet post recall state
declare announce acknowledge admit concede confirm deny suggest continue conclude complain comment
remark respond answer observe predict promise report reveal shout yell whisper testify urge vow blurt
boast describe dismiss label brand quip joke lament mutter muse exclaim contend maintain assert
emphasize emphasise stress caution counter retort scoff sigh blog text email pledge plead beg demand
agree disagree recount characterize characterise hail praise accuse charge inform assure reassure
advise estimate speculate wonder query question indicate reiterate repeat reprise affirm dub deem proclaim
protest object interject chime cry scream mumble murmur grumble snap bark thunder gush rave sneer
tout trumpet brag lecture preach inquire enquire demur posit theorize theorise recommend
propose hint imply acknowledge attest certify swear threaten predict forecast reckon
guess opine editorialize editorialise disclose divulge narrate
echo quote elaborate surmise remember interrupt press vent rail fume demur pronounce refer
criticize criticise condemn denounce slam blast mock ridicule deride decry lambaste blame applaud
rebuke scold chide taunt tease thank congratulate liken compare cite
beam chuckle laugh gripe marvel deadpan intone sing react retaliate talk share
riff jest snipe concur enthuse gloat bemoan smile grin implore express reference highlight portray confide confess
exhort laud extol specify start begin find think blare rule rejoin riposte stammer stutter growl bellow
pause shrug nod clarify underline underscore
aver rue seethe sob summarise summarize reminisce
wail roar hiss jeer fret groan moan
""".split()

_IRREGULAR = {
    "read": ("reads", "reading"), "sing": ("sings", "sang", "sung", "singing"),
    "say": ("says", "said", "saying"), "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"), "swear": ("swears", "swore", "swearing", "sworn"),
    "reckon": ("reckons", "reckoned", "reckoning"), "cry": ("cries", "cried", "crying"),
    "reply": ("replies", "replied", "replying"), "testify": ("testifies", "testified", "testifying"),
    "deny": ("denies", "denied", "denying"), "query": ("queries", "queried", "querying"),
    "imply": ("implies", "implied", "implying"), "specify": ("specifies", "specified", "specifying"),
    "certify": ("certifies", "certified", "certifying"),
    "theorize": ("theorizes", "theorized", "theorizing"), "snap": ("snaps", "snapped", "snapping"),
    "forecast": ("forecasts", "forecast", "forecasting", "forecasted"),
    "beg": ("begs", "begged", "begging"), "brag": ("brags", "bragged", "bragging"),
    "quip": ("quips", "quipped", "quipping"), "chime": ("chimes", "chimed", "chiming"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "submit": ("submits", "submitted", "submitting"), "admit": ("admits", "admitted", "admitting"),
    "regret": ("regrets", "regretted", "regretting"), "email": ("emails", "emailed", "emailing"),
    "figure": ("figures", "figured", "figuring"),
    "slam": ("slams", "slammed", "slamming"), "refer": ("refers", "referred", "referring"),
    "demur": ("demurs", "demurred", "demurring"), "echo": ("echoes", "echoed", "echoing"),
    "grin": ("grins", "grinned", "grinning"), "begin": ("begins", "began", "begun", "beginning"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),  # British spelling doubles the l
    "find": ("finds", "found"), "think": ("thinks", "thought"),  # not `finding`, `thinking`: nouns as often
    "rule": ("ruled", "ruling"),  # not `rules`, a noun as a rule (`EU rules 'won't stop UK spending'`)
    "marvel": ("marvels", "marveled", "marvelled", "marveling", "marvelling"),
    "shrug": ("shrugs", "shrugged"), "nod": ("nods", "nodded"),  # not `shrugging`, `nodding`: gestures
    "aver": ("avers", "averred", "averring"), "sob": ("sobs", "sobbed", "sobbing"),
    "rue": ("rues", "rued"),  # not `ruing`
    "fret": ("frets", "fretted", "fretting"),
}
# Words that open a sentence as often as they cue speech, or are nouns more often than verbs:
# they count as cues only in their past or -ing forms.
WEAK_BASE = {"beam", "laugh", "post", "text", "question", "charge", "counter", "answer", "report", "comment", "note",
              "figure", "offer", "object", "protest", "query", "email", "blog", "tweet", "cry",
              "guess", "forecast", "demand", "state", "label", "brand", "hail", "beg", "snap", "bark",
              "thunder", "rave", "lecture", "hint", "estimate", "calculate", "relay", "convey",
              "promise", "continue", "add", "warn", "call", "read", "chant", "press", "quote", "vent",
              "rail", "blast", "slam", "echo", "mock", "blame", "remember", "compare", "refer", "thank", "talk",
              "smile", "grin", "express", "reference", "highlight", "underline", "underscore",
              "wail", "roar", "hiss", "jeer", "groan", "moan"}
# Verbs that cue speech only right after a quotation (`"…," she shared with The List`), never before
# one (`he and Cruz shared "almost all the same views"`); nor a gesture before one (`She paused. "…"`).
AFTER_ONLY = {"share", "start", "begin", "find", "think", "rule",  # `"…," Hannity started.`, `"…," the report found`
              "pause", "shrug", "nod"}


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


def _cue_forms() -> dict[str, str]:
    forms = {}
    for lemma in _CUE_LEMMAS:
        for form in _forms(lemma):
            forms.setdefault(form, lemma)
    return forms


CUE_FORMS: dict[str, str] = _cue_forms()  # form -> lemma
# Weak cues whose past tense is their base form: after a quotation, `read` is the verb.
PAST_AS_BASE = {"read", "forecast"}
# Cues that need a sentence subject before them ("Harder called the story …").
LABEL_CUES = {"call", "describe", "dismiss", "label", "brand", "characterize", "characterise", "hail", "praise",
              "criticize", "criticise", "condemn", "denounce", "slam", "blast", "mock", "ridicule", "deride",
              "decry", "lambaste", "blame", "applaud", "rebuke", "scold", "chide", "taunt", "tease", "thank",
              "congratulate", "liken", "compare", "refer", "portray", "dub", "deem"}
# Of those, the cues that give a thing its name or words: `call it "…"`, `"…" was how he described it`.
NAMING_CUES = frozenset({"call", "describe", "label", "brand", "dub", "characterize", "characterise"})
# Cues whose following name is their object, never their speaker: `told Smith`, `criticized Tulsa`.
# Verbs whose object is a person: `accused Cruz, the senator, of …` is not `said Cruz, the senator`.
PERSON_OBJECT = {"accuse", "applaud", "assure", "blame", "blast", "chide", "condemn", "congratulate", "criticise",
                 "criticize", "denounce", "deride", "lambaste", "lecture", "mock", "praise", "quote", "rebuke",
                 "reassure", "ridicule", "scold", "slam", "taunt", "tease", "thank", "cite", "interrupt"}
_NOT_INVERTIBLE = LABEL_CUES | {"tell", "ask", "inform", "advise", "urge"} | PERSON_OBJECT


def invertible(form: str) -> bool:
    """Whether a cue form may stand before its subject (`said Smith`)."""
    lemma = CUE_FORMS.get(form)
    return lemma is not None and not form.endswith("ing") and lemma not in _NOT_INVERTIBLE


AUXILIARIES = set("""
has have had was is were are be been being would will could can should may might must shall did do
does also then later previously recently once again further however still repeatedly publicly
privately separately earlier reportedly quickly simply flatly just never not often already even
initially first last famously frequently angrily bluntly quietly loudly sharply tearfully
's ’s 'd ’d 'll ’ll 're ’re 've ’ve 'm ’m
""".split())

MODALS = {"will", "would", "can", "could", "should", "may", "might", "must", "shall"}
FINITE_AUXILIARIES = {"is", "was", "were", "are", "am", "has", "have", "had", "do", "does", "did"} | MODALS

# -ly words that are not adverbs.
NOT_ADVERBS = set("""
family ally bully rally belly jelly italy july assembly supply reply monopoly anomaly homily lily
holly only early friendly likely elderly costly lonely lovely ugly silly holy daily weekly monthly
yearly nightly hourly kelly sally molly billy willy emily wily
""".split())

# Irregular past tenses: a finite verb, where a subject is to be found before it.
IRREGULAR_PAST = set("""
went came took made gave got saw knew thought told said wrote spoke broke chose drove ate fell felt
fought found flew forgot froze grew hung heard hid held kept led left lent meant met paid ran rang
rose sang sank sat shook shot slept sold sent shone stood stole stuck struck swore swept swung
taught tore threw understood woke wore won withdrew began became brought bought built caught drew
fed forgave bore beat bit blew bent bound sought spent spun stung strode drank laid dealt dug fled flung overcame
rode slid slung spat split sprang stank swam undertook upheld wept wound oversaw foresaw mistook lost
quit put set cut hit let shut spread cost hurt bet cast burst
""".split())

# Verbs that follow a name in a title-case headline (`Hillary Clinton Goes After …`).
HEADLINE_VERBS = set("""
goes gets takes makes wins loses hits backs faces fights leads joins pulls puts sets seeks sees sends
shows turns keeps gives holds runs moves opens plans pushes rips signs tries wants needs looks comes
heads draws drops eyes ends falls finds fires grabs helps hopes knocks lands launches lifts meets nears
picks raises reaches rejects returns scores sparks stays steps stuns targets tops trails weighs is are
addresses debunks exposes destroys torches unloads trashes defends attacks dumps ditches boosts bashes buries
crushes dodges doubles embraces endorses flips hammers ignores invokes jabs lashes mulls nabs nixes ousts pans
probes quits rallies savages shreds skewers snubs spars surges swipes thrashes unveils wallops woos
""".split())

# Words before a number that make it approximate rather than govern it: `about 200 protesters`.
APPROXIMATORS = {"about", "around", "nearly", "almost", "roughly", "over", "some", "approximately", "under"}
# Moods opening a sentence before a comma: how the subject after it felt (`Angry, the fans said`), no name.
MOODS = frozenset("""
angry furious upset sad happy proud defiant undeterred unrepentant emotional tearful elated jubilant ecstatic bitter
calm confident optimistic cautious wary nervous anxious unapologetic unfazed unmoved grateful thankful sombre somber
solemn upbeat buoyant gleeful unhappy incredulous indignant livid
""".split())
# Words that stand for one or some of a group without naming anyone: `Another said …`.
QUANTIFIERS = {"another", "one", "others", "some", "many", "several", "most", "both", "few"}
# Bodies of people written as one common noun: who `they` may be, who may speak.
COLLECTIVES = {"labour", "police", "gardaí", "gardai", "band", "team", "government", "party", "club", "board",
               "committee", "group", "council", "union", "family", "staff", "management", "couple", "duo", "trio",
               "defence", "prosecution", "media", "security", "intelligence", "crew", "audience", "crowd", "public"}
# Lowercase nouns before a name that make it a body's: `software firm Sendmail`, `distributor Toho`.
BODY_TEXTS = {"statement", "report", "study", "survey", "letter", "document"}  # what a body says in writing
SENT_TEXTS = BODY_TEXTS | {"message", "e-mail", "email", "memo", "note"}  # what one sends: `a message sent by`
KNOWING = frozenset({"understands", "understand", "believe", "believes", "suspect", "suspects", "think", "thinks"})  # a
# clause of who knows, its subject of its own after it: `The BBC understands Tom Brown called`, `Police believe …`
# Participles that make who follows `by` the text's author (not `reviewed by The Post`: its reader).
PARTY_WORDS = frozenset({"tory", "conservative", "labour", "lib", "dem", "liberal", "democrat", "snp", "ukip", "green",
                         "plaid", "republican", "democratic", "gop", "dup", "sdlp", "uup",
                         "fianna", "fáil", "fail", "fine", "gael", "sinn", "féin", "fein"})  # a party's word before an
# office: `Tory leader`, `Fine Gael leader`
REPLIES = frozenset({"reply", "answer", "response", "retort", "riposte", "rejoinder"})  # `"No," came the reply`
SENDING = frozenset({"issued", "sent", "released", "published", "written", "signed", "posted", "emailed",
                     "e-mailed", "circulated", "distributed", "prepared", "drafted", "produced", "conducted",
                     "compiled", "commissioned"})
SOURCE_TEXTS = BODY_TEXTS | {"research", "poll", "book", "figures"}  # what a report may cite as its source
# Inquiries, which find and whose findings are quoted: `The independent review of London Fire Brigade found`.
FINDINGS = frozenset({"review", "inquiry", "investigation", "inspection", "audit", "probe", "inquest", "analysis",
                      "assessment", "evaluation"})
# What finds, in words it may be quoted in: `A report has found a "toxic culture"`, `Inspectors found "serious
# failings"`.
FINDERS = SOURCE_TEXTS | FINDINGS | {"inspectors", "investigators", "auditors", "researchers", "coroner", "jury",
                                     "tribunal", "panel"}
# What an office `of` a domain governs, so that `the secretary of state` is an office as `the home secretary`
# is: (`state`,), (`homeland`, `security`); a leading `the` dropped (`the Chancellor of the Exchequer`).
OFFICE_DOMAINS = frozenset(tuple(d.split()) for d in (
    "state", "defense", "defence", "exchequer", "treasury", "homeland security", "health", "education", "energy",
    "commerce", "labor", "labour", "agriculture", "transportation", "transport", "interior", "justice", "staff",
    "veterans affairs", "housing", "communications", "public prosecutions", "house", "senate", "commons"))
# What a court case is written in, which `it read` or `it alleged` may stand for: `the lawsuit went on to claim`.
LEGAL_TEXTS = frozenset({"lawsuit", "suit", "complaint", "filing", "indictment", "affidavit", "petition", "ruling",
                         "judgment", "judgement", "motion"})
# What carries the words it reads: `held up a sign saying "…"`, `a cover saying "…"`, `"…" signs`.
INSCRIBED = frozenset({"sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "hat",
                       "hats", "cap", "caps", "shirt", "shirts", "t-shirt", "t-shirts", "sticker", "stickers", "badge",
                       "badges", "billboard", "billboards", "inscription", "caption", "headline", "slogan", "cover",
                       "covers", "plaque", "plaques", "tattoo", "tattoos", "mural", "graffiti"})
SIDE_NICKNAMES = {  # a club's other name -> the word of the club's own name it may stand for (whichever the text uses)
    "gunners": {"arsenal"}, "spurs": {"tottenham"}, "blues": {"chelsea", "everton", "birmingham"},
    "reds": {"liverpool", "forest"}, "toffees": {"everton"}, "hammers": {"ham"}, "irons": {"ham"},
    "magpies": {"newcastle"}, "villans": {"villa"}, "saints": {"southampton"}, "foxes": {"leicester"},
    "canaries": {"norwich"}, "eagles": {"palace"}, "seagulls": {"brighton"}, "cherries": {"bournemouth"},
    "hornets": {"watford"}, "baggies": {"brom", "albion"}, "clarets": {"burnley"}, "bees": {"brentford"},
    "cottagers": {"fulham"}, "owls": {"wednesday"}, "blades": {"sheffield"}, "potters": {"stoke"},
    "tigers": {"hull"}, "hoops": {"celtic", "qpr"}, "gers": {"rangers"}, "dons": {"aberdeen"},
    "jambos": {"hearts"}, "hibees": {"hibernian", "hibs"}, "rams": {"derby"},
    "lilywhites": {"tottenham"}, "cityzens": {"city"},
}
BODY_NOUNS = frozenset("""
firm company group bank retailer airline chain agency club team network channel insurer lender charity
consultancy organisation organization union watchdog regulator brewer conglomerate distributor giant
manufacturer maker housebuilder homebuilder carmaker automaker chipmaker drugmaker steelmaker planemaker supermarket
operator carrier provider utility pub bar restaurant cafe hotel venue store shop publisher studio label brand
startup business corporation broadcaster bookmaker supplier exporter importer refiner body airport grocer
caterer outsourcer eatery nightclub bakery takeaway brewery distillery
""".split())
# Words for outlets: `PC Pro magazine`, `the website`.
OUTLETS = frozenset({"magazine", "newspaper", "paper", "website", "channel", "network", "station", "programme",
                     "program", "show", "journal", "tabloid", "daily", "weekly", "blog", "podcast", "radio", "tv"})
LABELS = BODY_NOUNS | OUTLETS | {"band", "festival"}  # words that say what a name beside them is
# Prepositions after a role that name whom it is held in or for: `a spokesman for Microsoft`.
AFFILIATIONS = {"of", "at", "from", "for", "with"}


# Endings of adjectives: `positive`, `careful`, `defiant`, `historic`, `political` (each reader says
# what it adds or leaves out).
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "ic", "ent", "ant", "less", "able", "ible", "ish")
ADVERB_ENDINGS = ("ally", "ately", "ently", "antly", "ously", "ively", "ingly", "edly", "ibly", "ably", "fully",
                  "lessly")  # `Currently`, `Ultimately`: no one's name (not `Kelly`, `Reilly`)


def past_tense(word: str) -> bool:
    """`sympathised`, `got`: a lowercase verb in the past tense (not `need`, `bed`)."""
    low = word.lower()
    return word[:1].islower() and (low in IRREGULAR_PAST or low.endswith("ed") and len(low) > 4)


def an_age(word: str) -> bool:
    """`30-year-old`: a person's age, written as a word (no numeral counting what follows)."""
    number, _, rest = word.partition("-")
    return rest == "year-old" and number.isdigit() and len(number) <= 3


def plural(word: str) -> bool:
    """`listeners`, `firms`: a lowercase word that reads as a plural; not `boss`, `campus`, `analysis`."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singular(word: str) -> str:
    """`party` for `parties`, `firm` for `firms`, `boss` for `bosses`; the word itself when it reads as no
    plural."""
    if not plural(word):
        return word
    if word.endswith("sses"):
        return word[:-2]  # `bosses`, `witnesses`, `actresses`
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


NUMBER_WORDS = set("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
million millions dozen dozens half a an
""".split())

PREPOSITIONS = set("""
of in on at to for with from by into onto over under after before since until about above below
between through during against without within across despite toward towards upon amid via per
among like unlike near than inside behind beside beyond along throughout alongside amidst opposite besides beneath
off
""".split())

HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m",
    "dame": "f", "lord": "m", "lady": "f", "madam": "f", "madame": "f", "mme": "f", "mme.": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "duke": "m", "duchess": "f",
    "baron": "m", "baroness": "f", "earl": "m", "countess": "f", "viscount": "m", "viscountess": "f",
    "dr": None, "dr.": None, "prof": None, "prof.": None, "professor": None, "sen": None,
    "sen.": None, "sens.": None, "senator": None, "rep": None, "rep.": None, "reps.": None, "representative": None,
    "gov": None, "gov.": None, "governor": None, "president": None, "vice": None,
    "minister": None, "secretary": None, "chancellor": None, "judge": None, "justice": None,
    "officer": None, "detective": None, "det": None, "det.": None, "sgt": None, "sgt.": None,
    "insp": None, "insp.": None, "dci": None, "dsi": None, "dcs": None, "pcso": None, "wpc": "f",  # British police
    # ranks: `Det Insp Tom Hale`, `DSI Ann Lee` (detective superintendent), `PCSO Tom Lee` (a community support officer)
    "sergeant": None, "lt": None, "lt.": None, "lieutenant": None, "capt": None, "capt.": None,
    "captain": None, "col": None, "col.": None, "colonel": None, "gen": None, "gen.": None,
    "general": None, "adm": None, "adm.": None, "admiral": None, "rev": None, "rev.": None,
    "reverend": None, "ven": None, "ven.": None, "mayor": None, "chief": None, "commissioner": None, "speaker": None,
    "pope": "m", "rabbi": None, "imam": None, "coach": None, "father": "m", "sister": "f",
    "brother": "m", "prime": None, "attorney": None, "ambassador": None, "director": None,
    "chairman": None, "chairwoman": "f", "congressman": "m", "congresswoman": "f",  # `chairman Petrina Holdsworth`
    "councillor": None, "cllr": None, "cllr.": None, "councilman": "m", "councilwoman": "f",  # `Cllr Tom Brown`
    "actress": "f", "actor": None,  # `actor Judi Dench`: for women too, now
    "sheriff": None, "deputy": None, "inspector": None, "constable": None, "pc": None,
    "supt": None, "supt.": None, "superintendent": None, "st.": None, "mx": None, "mx.": None,
    "del.": None, "delegate": None, "amb.": None, "assemblyman": "m", "assemblywoman": "f",
    "maj.": None, "cmdr.": None, "hon.": None, "pres.": None,
    "maj": None, "cmdr": None, "cdr": None, "commander": None, "cpl": None, "corporal": None, "brig": None,
    "brigadier": None, "pte": None, "fr": "m",  # `Cmdr Adam Slonecki`, `Pte Tom Lee`, `Fr John Smith`: military and
    # church ranks (not `DI`, `DC`: `Di Li` is a name)
    "sheikh": None, "sheikha": "f", "sheik": None,  # `Sheikh Abid Gulzar` (no sex: `Sheikh Hasina`)
}

# A police rank written before a name (`Det Insp Tom Hale`, `PC Ann Lee`, `Officer Darren Wilson`), and the
# other words of a police officer's title (`Chief Constable`, `Detective Chief Superintendent`).
POLICE_TITLES = frozenset("""
detective det det. sergeant sgt sgt. inspector insp insp. dci pc wpc constable superintendent supt supt. officer
cmdr commander dsi dcs pcso
""".split())
POLICE_QUALIFIERS = frozenset({"chief", "ch", "ch.", "police", "senior", "investigating", "lead", "deputy",
                               "assistant"})  # (`Ch Supt`: chief superintendent)

# Capitalised words that stand before a name as a title or a role: `Labor Secretary Thomas Perez`,
# `Bank of America CEO Brian Moynihan`. The name is what follows the last of them.
ROLE_WORDS = set("""
mp mep msp mla mpp mna mha dj model supermodel secretary-general undersecretary under-secretary
tanaiste tánaiste taoiseach
agent whip headteacher headmaster headmistress sergeant lieutenant corporal brigadier
registrar clerk assessor recorder supervisor principal advocate
secretary speaker leader adviser advisor aide director chairman chairwoman chair president ceo cfo coo cto
founder cofounder co-founder spokesman spokeswoman spokesperson anchor host correspondent reporter
editor columnist analyst strategist candidate nominee hopeful governor senator congressman
congresswoman mayor manager chief commissioner ambassador attorney general judge justice coach
professor author writer actor actress singer rapper comedian comedienne star billionaire businessman
businesswoman mogul magnate pastor bishop activist lawyer chancellor minister premier king queen
prince princess officer detective deputy treasurer administrator executive economist historian
pollster scientist expert official delegate member representative assemblyman assemblywoman
councilman councilwoman councillor councilor superintendent constable sheriff inspector commander colonel
captain admiral marine pope cardinal rabbi imam reverend vice veteran commentator producer director-general
chairperson head boss owner partner surgeon doctor physician nurse teacher student mother father
counsel prosecutor investigator organizer coordinator consultant fellow researcher demographer scholar
broadcaster campaigner referee umpire farmer magistrate solicitor barrister archbishop archdeacon vicar priest
coroner churchwarden
comptroller auditor ombudsman lawmaker legislator trustee envoy diplomat negotiator lobbyist operative
pundit surrogate provost chaplain alderman donor front-runner frontrunner contender
backbencher frontbencher journalist blogger entrepreneur co-chairman co-chair co-leader co-author co-host co-owner
co-director
frontman frontwoman vocalist drummer guitarist bassist keyboardist striker defender midfielder goalkeeper winger
psychologist psychiatrist psychotherapist therapist counsellor counselor lecturer academic sociologist criminologist
anthropologist archaeologist physicist biologist geologist astronomer neuroscientist epidemiologist virologist
statistician ecologist zoologist climatologist oceanographer nutritionist dietitian dietician physiotherapist physio
pharmacist dentist midwife paramedic trainer
scorer goalscorer try-scorer full-back fly-half scrum-half flanker hooker batsman bowler spinner wicketkeeper jockey
sprinter cyclist swimmer boxer golfer champion medallist medalist olympian
organiser co-organiser co-ordinator convenor convener moderator presenter curator counterpart
poet novelist playwright screenwriter artist painter sculptor photographer illustrator cartoonist designer architect
composer conductor dancer choreographer filmmaker film-maker musician songwriter singer-songwriter
footballer cricketer athlete engineer pilot astronaut philosopher
""".split())
ROLE_WORDS |= {office + "-elect" for office in """
president mayor governor senator congressman congresswoman minister premier chancellor speaker chairman chair leader
""".split()}  # `President-elect Donald Trump`, `the mayor-elect`: chosen, not yet in office

# Common nouns for places: `the country` is no he or she, and no one who says what follows it.
PLACE_NOUNS = frozenset("""
country nation region town village county province continent world city area state island
""".split())

# Head nouns of descriptions that name a thing or a body, not a person: `the statement said`.
NOT_HUMAN = set("""
system song songs music machine computer app device screen band orchestra choir
statement report email e-mail letter memo ad advertisement campaign poll survey study document
website site book article story video tweet post release filing ruling order bill law plan proposal
program programme group company committee panel jury party administration government network paper newspaper
magazine page account data figures record records analysis review message note sign banner headline
release transcript complaint lawsuit suit brief affidavit indictment decision verdict opinion editorial
column blog platform policy agreement deal treaty resolution motion announcement spot commercial
website page series show film movie documentary speech interview market economy
""".split()) | PLACE_NOUNS | INSCRIBED  # (`held a placard reading "…". "…," he said`: no placard a he)

# What follows a name without being part of it: `Martin Luther King Jr.`, `Ken Macdonald QC`; and after a
# person's name only (`Tom McCabe MSP`, not `the Salford MP`), a seat.
NAME_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "qc", "kc", "obe", "mbe", "cbe"}
SEAT_SUFFIXES = {"mp", "msp", "mep", "mla", "mpp", "mna", "mha", "td"}  # `td`: the Dáil's (`the Dublin Central TD`)

# Titles of a person, which a surname follows: `Ms King` is a name though `king` is a role.
PERSONAL_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."}

# What a person shows or speaks with: `His face … as if to say "…"` is the person speaking.
BODY_PARTS = {"face", "eyes", "voice", "lips", "mouth", "expression", "smile", "look", "gaze", "tone"}

FEMALE_WORDS = set("""
she her hers herself woman women actress spokeswoman congresswoman chairwoman businesswoman
wife mother daughter sister girl girlfriend queen princess lady duchess waitress widow aunt niece
grandmother mum mom mrs ms miss madam dame heiress hostess councilwoman sportswoman policewoman
stepsister stepmother stepdaughter granddaughter fiancee fiancée bride ex-wife ex-girlfriend
schoolgirl grandma gran granny nan stepmum frontwoman landlady lioness postmistress sub-postmistress postwoman
""".split())
MALE_WORDS = set("""
he him his himself man men actor spokesman congressman businessman husband father son
brother boy boyfriend king prince lord duke waiter widower uncle nephew grandfather dad mr sir
councilman sportsman policeman
stepbrother stepfather stepson grandson fiance fiancé groom ex-husband ex-boyfriend
schoolboy grandad granddad stepdad fireman postman frontman landlord postmaster sub-postmaster
""".split())

# Words in lowercase inside a person's name: `Bill de Blasio`, `Louis van Gaal`, `Osama bin Laden`.
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "di", "del",
                            "della", "dos", "das", "ibn", "st.", "y", "ten", "ter", "ap"})

# What a report calls a person it has just named, instead of repeating the name: `said the
# American`, `the Liverpool striker added`, `the 23-year-old said`. Not offices (`the prime
# minister`, `the senator`), which may be held by someone not named in the paragraph.
DEMONYMS = set("""
american yorker briton scot scotsman englishman englishwoman welshman welshwoman irishman irishwoman frenchman
frenchwoman spaniard italian german australian russian argentine argentinian belgian dutchman swede dane
norwegian finn kenyan ethiopian brazilian canadian croat serb czech pole austrian portuguese greek
japanese chinese indian pakistani zealander kiwi moroccan nigerian ghanaian jamaican mexican chilean
colombian uruguayan israeli egyptian turk ukrainian romanian bulgarian hungarian slovak slovenian
swiss cypriot icelander ulsterman cornishman yorkshireman lancastrian geordie scouser
londoner parisian muscovite ugandan tanzanian zambian zimbabwean latino latina hispanic arab kurd somali iraqi saudi
yemeni filipino thai
afghan iranian syrian lebanese venezuelan peruvian ecuadorian bolivian paraguayan haitian senegalese ivorian
cameroonian algerian tunisian libyan sudanese estonian latvian lithuanian georgian armenian azerbaijani kazakh uzbek
mongolian korean vietnamese indonesian malaysian singaporean bangladeshi nepalese taiwanese bosnian montenegrin
albanian macedonian belarusian moldovan maltese kosovan slovene serbian croatian palestinian qatari emirati kuwaiti
jordanian bahraini omani scandinavian
catalan basque galician andalusian sicilian sardinian neapolitan bavarian corsican glaswegian mancunian
liverpudlian brummie cockney dubliner aberdonian
monegasque luxembourger liechtensteiner andorran turkmen kyrgyz tajik nepali eritrean rwandan burundian congolese
malian malawian mozambican angolan namibian fijian samoan tongan guatemalan honduran salvadoran nicaraguan
panamanian trinidadian barbadian cambodian laotian burmese aussie dutchwoman
""".split())
CLERICS_STYLE = frozenset({"most", "right", "very", "reverend", "rev", "rev.", "ven", "ven."})  # `The Right
# Reverend`, `the Rev`, `the Ven` (an archdeacon's): a cleric's style, which is no office
# The people of an American state or city (`the Kentuckian`): Americans, whom another nation's epithet is not.
US_DEMONYMS = frozenset("""
texan californian kentuckian floridian ohioan virginian iowan vermonter arizonan coloradan oregonian minnesotan
wisconsinite michigander tennessean oklahoman nevadan alaskan carolinian louisianan alabamian marylander pennsylvanian
bostonian chicagoan arkansan kansan nebraskan montanan idahoan missourian hoosier illinoisan
""".split())
DEMONYMS |= US_DEMONYMS
DEMONYMS |= {word[:-3] + "men" for word in DEMONYMS if word.endswith("man") and word != "german"}  # `Irishmen JP …`
# Countries by their letters (not places: `us` is a pronoun).
COUNTRY_CODES = frozenset({"us", "u.s.", "usa", "uk", "u.k."})
# A nation's adjective, which may stand before an office it names (`French President Emmanuel Macron`
# for `the president`).
NATION_ADJECTIVES = frozenset("""
british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss austrian
danish swedish norwegian finnish icelandic polish czech slovak hungarian romanian bulgarian greek turkish
russian ukrainian belarusian georgian serbian croatian bosnian albanian chinese japanese korean taiwanese
vietnamese thai indonesian malaysian filipino indian pakistani afghan bangladeshi iranian iraqi syrian lebanese
israeli palestinian jordanian egyptian libyan saudi yemeni qatari emirati kuwaiti sudanese ethiopian kenyan
african nigerian ghanaian zimbabwean ugandan rwandan mexican canadian american australian brazilian argentine
argentinian chilean colombian venezuelan cuban peruvian
estonian latvian lithuanian slovenian slovene maltese cypriot moldovan montenegrin macedonian kosovan armenian
azerbaijani kazakh uzbek mongolian nepalese burmese cambodian singaporean congolese eritrean somali tunisian
algerian moroccan senegalese ivorian cameroonian malian zambian tanzanian mozambican angolan namibian
""".split())
NATION_ADJECTIVE_PAIRS = frozenset({
    "south african", "north korean", "south korean", "sri lankan", "saudi arabian", "costa rican", "puerto rican",
    "sierra leonean", "east timorese", "north macedonian", "south sudanese", "northern irish",
    "latin american", "central african", "west african", "east african", "north african", "south american",
    "north american", "central american", "middle eastern", "south asian", "east asian", "southeast asian",
    "el salvadoran", "bosnian serb", "kosovo albanian",
})  # a nation's or a region's adjective of two words (`the Sri Lankan government`): no one's name, no body's
# A feeling, which a participle after a form of be names (`was delighted`, `was unimpressed`): the subject's state of
# mind, not something done to them.
FEELINGS = frozenset("""surprised shocked horrified outraged disappointed delighted pleased thrilled saddened appalled
encouraged troubled concerned worried frustrated angered stunned amazed impressed moved touched gratified rattled
annoyed embarrassed humbled honoured honored excited satisfied relieved alarmed dismayed disgusted heartened bemused
baffled puzzled intrigued galvanized galvanised haunted inspired unimpressed unconvinced undeterred unmoved unfazed
unperturbed unbowed incensed infuriated exasperated bewildered elated overjoyed devastated determined convinced
resigned irritated astonished undecided unsure uncertain unrepentant unapologetic""".split())
STAGE_TRADES = frozenset({"singer", "rapper", "dj", "artist", "musician", "star", "popstar", "performer", "comedian",
                          "youtuber", "streamer", "influencer", "wrestler", "drummer", "guitarist", "vocalist",
                          "frontman", "frontwoman", "singer-songwriter"})  # whom a one-word stage name may name
# (`Austrian singer JJ`, `rapper DMX`), capitals and all

EPITHET_HEADS = set("""
man woman youngster teenager veteran player lioness striker defender midfielder winger wing forward goalkeeper keeper
captain skipper coach boss star champion athlete runner sprinter singer actor actress rapper comedian
prop full-back fly-half scrum-half hooker flanker centre bowler batsman all-rounder spinner opener jockey
rider golfer cyclist boxer swimmer musician presenter frontman guitarist drummer tycoon mogul international
businessman businesswoman billionaire novelist film-maker filmmaker director songwriter winner goalscorer
minister chart-topper mp msp mep td mla mpp ms backbencher frontbencher debutant newcomer rookie bassist pianist
composer playwright poet holder founder
medallist medalist peer republican democrat dj matchwinner match-winner scorer chief author writer
neurosurgeon surgeon physician economist entrepreneur investor pastor preacher evangelist commentator columnist
broadcaster activist campaigner pensioner centenarian supercentenarian octogenarian nonagenarian citizen expert agent
analyst
professor lawyer attorney scientist researcher strategist pollster diplomat politician lawmaker legislator
philanthropist socialite entertainer editor legend icon naturalist biologist zoologist astronaut explorer adventurer
philosopher academic lecturer architect dancer ballerina comic magician footballer cricketer snowboarder climber
mountaineer rower vlogger influencer youtuber podcaster inventor physicist chemist astronomer mathematician pontiff
cleric monarch duke duchess prince princess critic center centre-back left-back right-back wicketkeeper batter gymnast
hurdler fighter wrestler lock back-rower barrister solicitor royal
racer singer-songwriter frontwoman superstar forecaster meteorologist volunteer historian millionaire streamer gamer
conductor
assistant accountant plumber nurse farmer student driver engineer designer photographer artist painter sculptor
chef banker grandmother grandfather mother father widow widower housewife viewer fan
team-mate teammate sailor yachtsman yachtswoman skier skater manager lady socialist
heiress heir model whistleblower journalist teacher vicar priest gp medic olympian paralympian native developer
cook baker laureate grazier hotelier restaurateur publican financier cashier courtier glazier farrier haulier
sommelier croupier couturier courier shepherd crofter fisherman fisherwoman angler beekeeper
schoolboy schoolgirl grandad granddad grandma granny paramedic firefighter midwife
pro sophomore freshman left-hander right-hander southpaw pundit newsreader heavyweight cruiserweight
light-heavyweight middleweight welterweight lightweight featherweight bantamweight flyweight
nun monk friar deacon curate rector abbot missionary clergyman clergywoman churchman dean butcher builder mechanic pilot
vet soldier cabbie shopkeeper postmaster postmistress sub-postmaster sub-postmistress postman postwoman consultant
rescuer lifeguard coxswain crossbencher pcc screenwriter carer cleaner caretaker porter gardener florist hairdresser
barber puppeteer potter librarian zookeeper ranger warden lifeboatman diver surfer skateboarder clown
miner surveyor electrician dentist pharmacist optician tattooist violinist choreographer stylist blogger fundraiser
pupil graduate apprentice trainee triathlete grandmaster homeowner landlady postgraduate undergraduate barista nanny
locksmith postie chauffeur steward stewardess deckhand groundsman caddie linesman doorman matron farmhand dairyman
stockman judoka fullback weatherman weatherwoman songstress soprano baritone mezzo-soprano contralto mayoress bailiff
plaintiff convict evacuee airman airwoman commando
challenger finalist semi-finalist
labourer laborer welder roofer bricklayer plasterer scaffolder bartender barmaid trucker seamstress receptionist
fishmonger greengrocer grocer dockworker docker steelworker shipbuilder janitor housekeeper cobbler blacksmith
stonemason herdsman winemaker distiller hawker vendor
""".split())
FIRST_NAME_TRADES = frozenset({"neighbour", "neighbor", "resident", "pensioner", "mum", "dad", "shopper", "witness",
                               "fan", "worker", "customer", "passenger", "patient", "student", "pupil", "grandmother",
                               "grandfather", "gran", "grandad", "nurse", "parent", "local", "volunteer", "commuter",
                               "driver", "shopkeeper", "islander", "villager", "tenant", "parishioner", "retiree",
                               "holidaymaker", "tourist", "landlady", "landlord", "surfer", "birdwatcher", "dog-walker",
                               "lifeboatman", "crofter", "camper", "mourner"})
# words for an ordinary person, whom a story may name by a first name alone (`Neighbour Dave said`)

# Positions in American football, baseball and ice hockey: epithets for a player, and a player's words, not a
# coach's (`the quarterback`, `the pitcher`, `the goaltender`; `the tight end`, two words, as `tight-end`).
SPORT_POSITIONS = frozenset("""
quarterback linebacker cornerback lineman kicker punter halfback tailback running-back tight-end pitcher catcher
shortstop outfielder infielder slugger reliever goaltender netminder defenseman defenceman
""".split())
EPITHET_HEADS |= SPORT_POSITIONS

from .firstnames import FEMALE as FEMALE_NAMES, MALE as MALE_NAMES  # noqa: E402,F401 (re-exported)

SUBORDINATORS = {"as", "when", "while", "whilst", "after", "before", "if", "because", "although", "though", "since",
                 "once", "until", "whereas", "despite", "with", "without"}  # words that open an adverbial clause
# Of those, the ones whose clause has a subject of its own and comes first (`When he called the plan
# "a disaster," Ted Cruz laughed`); not `as`, `if` or a preposition.
CLAUSE_OPENERS = SUBORDINATORS - {"as", "if", "until", "whereas", "despite", "with", "without"}
OPENING_CLAUSES = CLAUSE_OPENERS | {"as"}  # `As the crowd chanted, "…,"`: a clause with its own subject
ING_PREPOSITIONS = {"during", "including", "according", "regarding", "following", "concerning", "excluding",
                    "notwithstanding", "pending"}  # -ing words that are no participles
# Capitalised words that start sentences or name things but are not people.
NOT_NAMES = set("""
certain several various numerous latest top none nobody nothing everyone everybody everything anyone anybody
the a an and but or nor for so yet in on at to of by with from into onto over under after before
since until unless whereas while when where why how what who whom whose which that this these those there here it
its he she they we i you his her their our my your him them us me if then than as because though
although whether also not no yes all any some many most more much few each every both either neither
one two three four five six seven eight nine ten first second third last next new old other another
such only just even still already however meanwhile moreover indeed instead otherwise later earlier
today yesterday tomorrow tonight now once twice thrice again mr mrs ms dr monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec according asked said says told added
during among against without within about above below between through across despite toward
towards upon amid like unlike near perhaps maybe please thanks thank well oh ok okay let lets
behind beyond beside inside outside along around beneath alongside throughout amongst via per
speaking sharing writing asked asking having being saying adding including following
in-depth read watch more related share follow photo video absent
whatever whoever whenever wherever whichever
nevertheless nonetheless furthermore thus hence therefore besides likewise regardless accordingly
seconds minutes hours days weeks months years decades moments
can could would should must shall does did is are was were has have had isn't doesn't
sales shares profits prices revenues revenue earnings exports imports losses inflation unemployment borrowing
spending wages
double triple treble quadruple reigning defending
""".split()) | NUMBER_WORDS  # `Thirteen years earlier, she …`: no one named Thirteen; `Profits at BP fell`: a
# business report's words opening a sentence, no body's name

# Places named with `New`, a word that otherwise starts no name: `New York`, `New Zealand`.
NEW_PLACES = frozenset("york jersey hampshire mexico zealand orleans delhi england haven".split())


def given_name(word: str) -> bool:
    """`Peter`, `Hazel`: a common given name."""
    low = word.lower()
    return low in FEMALE_NAMES or low in MALE_NAMES


def given_gender(word: str) -> str | None:
    """m or f for a given name that is only one of them, else None."""
    low = word.lower()
    if "-" in low and low not in FEMALE_NAMES and low not in MALE_NAMES:
        sexes = {given_gender(part) for part in low.split("-") if part}  # `Helen-Ann`, `Mary-Jane`: both hers
        return sexes.pop() if len(sexes) == 1 else None  # (not `Jean-Paul`, Jean hers in English)
    return None if (low in FEMALE_NAMES) == (low in MALE_NAMES) else "f" if low in FEMALE_NAMES else "m"


def names_place(word: str, following: str) -> bool:
    """`New` before `York`: a word that alone names no one, starting a place's name."""
    return word.lower() == "new" and following.lower().rstrip(".,") in NEW_PLACES


# The US states (the words of their names that stand alone), whose offices are offices of a body:
# `the Vermont senator`, `the Florida governor`.
US_STATES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada hampshire jersey york carolina dakota ohio
oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin
wyoming""".split())

# AP-style abbreviations of the US states, as written after a name or a city: `(R-Fla.)`, `Flint, Mich.,`.
STATE_ABBREVIATIONS = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
    "conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
    "ind.": "indiana", "kan.": "kansas", "kans.": "kansas", "ky.": "kentucky", "la.": "louisiana", "md.": "maryland",
    "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri",
    "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire", "n.j.": "new jersey",
    "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina", "n.d.": "north dakota", "okla.": "oklahoma",
    "ore.": "oregon", "pa.": "pennsylvania", "r.i.": "rhode island", "s.c.": "south carolina",
    "s.d.": "south dakota", "tenn.": "tennessee", "tex.": "texas", "vt.": "vermont", "va.": "virginia",
    "wash.": "washington", "w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming"}
# Places, so that `Colorado said` or `North Korea warned` is never a he or a she.
# Countries by their names, which `the country` may stand for (`A spokesman for the country's foreign ministry`
# after `Iran's judiciary`).
COUNTRIES = frozenset("""
mexico america britain england scotland wales ireland france germany italy spain portugal russia china japan india
pakistan iran iraq syria israel egypt turkey canada brazil argentina colombia venezuela cuba ukraine poland greece
sweden norway denmark finland netherlands belgium switzerland austria hungary australia nigeria kenya libya afghanistan
lebanon jordan yemen qatar kuwait vietnam thailand indonesia philippines malaysia singapore taiwan
uganda tanzania ethiopia eritrea somalia sudan ghana zimbabwe zambia rwanda burundi congo senegal morocco algeria
tunisia mozambique angola namibia botswana madagascar cameroon chile peru bolivia ecuador uruguay paraguay panama
honduras nicaragua guatemala jamaica haiti bahamas barbados estonia latvia lithuania belarus moldova romania bulgaria
serbia croatia bosnia slovenia slovakia albania kosovo montenegro macedonia armenia azerbaijan kazakhstan uzbekistan
turkmenistan kyrgyzstan tajikistan mongolia nepal bhutan bangladesh myanmar burma cambodia laos bahrain oman
luxembourg cyprus malta fiji czechia iceland greenland liechtenstein monaco andorra gibraltar niger mali gabon togo
benin liberia gambia mauritania malawi lesotho djibouti seychelles mauritius belize brunei maldives samoa trinidad
tobago
""".split()) | {"saudi arabia", "new zealand", "south africa", "north korea", "south korea", "united states",
                "united kingdom", "sri lanka", "sierra leone", "costa rica", "hong kong", "czech republic",
                "el salvador", "ivory coast", "south sudan", "burkina faso", "san marino", "united arab emirates"}
PLACES = US_STATES | frozenset(word for country in COUNTRIES for word in country.split()) | frozenset("""
palestine africa europe asia emirates chicago boston philadelphia detroit atlanta houston dallas miami denver
seattle london paris berlin moscow beijing tokyo brussels baghdad damascus tehran kabul jerusalem
charlotte phoenix orlando cleveland manhattan brooklyn east west city county island islands republic d.c. puerto
rico guam
""".split())

# The last word of a venue's name: `Madison Square Garden`, `Wembley Stadium` (not `Hall`, `Park`:
# `Stuart Hall` and `Park Geun-hye` are people).
# Titles of a peerage or royalty that name a person `of` a place: `the Duke of Sussex`, `the Earl of Wessex`.
PEERS = frozenset({"duke", "duchess", "prince", "princess", "earl", "countess", "marquess", "marchioness", "viscount",
                   "viscountess", "baron", "baroness"})
VENUES = frozenset("""
garden gardens square stadium arena avenue street road theatre theater airport station hotel cathedral
abbey palace world
""".split())

CLUB_ENDINGS = frozenset({"city", "rovers", "athletic", "wanderers", "albion", "united", "hotspur", "argyle", "county",
                          "town", "rangers"})  # a club's last word, which a story also calls it by alone (`City`)
ORG_WORDS = CLUB_ENDINGS | set("""
company co corp corporation inc ltd llc plc group party department ministry office agency council
committee commission court tribunal university college school academy institute foundation association union
times post news journal magazine network channel bank fund service services police gardaí gardai garda
constabulary coastguard army navy
force forces government administration campaign house senate congress parliament assembly club
team league board authority bureau centre center hospital church federation alliance coalition
organization organisation society trust unit press media studios records airlines motors
industries industry partners holdings capital ventures labs systems international global federal national
republicans democrats tories labour conservatives greens liberals fbi cia nsa bbc cnn nbc abc cbs
fox ap reuters afp un nato eu who imf state aid fellowship forum caucus consortium partnership charity
chamber firm museum gallery zoo library observatory laboratory initiative housing yard
championship championships cup trophy tournament olympics paralympics
confederation airways railways telecom electric electronics dynamics petroleum pharmaceuticals
insurance chemicals festival executive
facebook twitter google youtube instagram linkedin snapchat reddit wikipedia tiktok bluesky whatsapp
ofcom ofwat ofgem ofsted ofqual oftel
""".split())  # (the UK's regulators named in one word)

GOVERNED = {"skills", "sport", "trade", "care", "social", "science", "technology", "innovation", "industry",
            "employment", "families", "communities", "heritage", "media", "culture", "transport", "housing",
            "environment", "energy", "education", "health", "defence", "justice", "security", "development", "work",
            "pensions", "business", "enterprise", "affairs", "rural", "agriculture", "fisheries", "food", "regions",
            "regeneration", "equalities", "tourism", "arts", "training", "research", "local", "government",
            "net", "zero", "digital", "commonwealth", "immigration", "citizenship", "welfare", "children",
            "schools", "universities", "climate", "change", "infrastructure", "planning", "foreign", "disease",
            "control", "prevention", "medicare", "medicaid", "services"}  # what
# government departments are for, joined by `and` in their names
DEPARTMENT_ENDS = frozenset({"department", "ministry", "office", "centers", "centres"})  # a government
# department's name's last or first word (`Foreign Office`, `Ministry of Defence`)

BUSINESSES_NAMED_SO = frozenset({"next", "three"})  # words that name no one, and name a retailer and a network

CHARITY_VERBS = frozenset({"Save", "Help", "Stop", "Keep", "Feed", "Free"})  # a charity named for what it asks, a
# verb then `the` (`Save the Children`, `Help the Aged`, `Stop the War Coalition`)

# Who someone is to another, in the singular: `his wife, Sandra`, `the mother of John Jones`.
RELATIONS = frozenset({"wife", "husband", "mother", "father", "son", "daughter", "sister", "brother", "widow",
                       "widower", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "stepsister",
                       "stepbrother", "stepmother", "stepfather", "grandmother", "grandfather", "granddaughter",
                       "grandson", "aunt", "uncle", "niece", "nephew", "cousin", "stepson", "stepdaughter", "mum",
                       "dad", "grandad", "granddad", "grandma", "granny"})
FAMILY = frozenset({"family", "families", "parents", "relatives", "children", "kin"})  # `The family of John Jones`
# Words for a person by their tie to another: `a close associate of … Mikhail Khodorkovsky`.
ASSOCIATES = frozenset("""
associate friend ally colleague confidant confidante supporter neighbour neighbor relative cousin classmate
acquaintance
""".split())

# Capitalised adjectives that stand before names ("Republican Donald Trump") but name nobody.
DESCRIPTORS = set("""
olympic paralympic
democratic republican democrat democrats dem dems republicans american americans gop liberal conservative
labour tory tories independent progressive libertarian british english scottish welsh irish french
german italian spanish chinese russian mexican canadian australian japanese korean indian pakistani
israeli palestinian syrian iraqi iranian afghan turkish egyptian saudi european african asian latino
latina hispanic muslim christian jewish catholic evangelical buddhist hindu sikh protestant black white former late
then current acting presumptive presidential senior junior veteran freshman new rival fellow longtime outgoing incoming
defiant furious upbeat jubilant emotional beleaguered embattled angry bullish buoyant cautious tearful triumphant
dejected downbeat regular local retired nearby elderly lifelong disabled pregnant unemployed homeless single married
widowed grieving bereaved proud devoted avid passionate experienced qualified trainee part-time full-time self-employed
lone busy brave heroic talented gifted famous renowned celebrated legendary prominent influential outspoken
controversial popular successful wealthy struggling seasoned amateur aspiring budding dedicated loyal trusted respected
beloved well-known much-loved elder older younger
""".split()) | FEELINGS  # a mood before a name opening a sentence: `Defiant Matt Williams says`

OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  # each with its subject form
GROUP_PRONOUNS = {"they", "them", "their", "we", "us", "our"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
HE_OR_SHE_WORDS = frozenset(MALE_PRONOUNS | FEMALE_PRONOUNS)
SPEAKER_PRONOUNS = {"he", "she", "they", "i", "we", "it", "you"}
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"})
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "their": None, "its": None, "my": None, "our": None}
# What opens a noun phrase.
ARTICLES_AND_POSSESSIVES = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"}
SPOKES_ROLES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons",
                "representative", "rep", "publicist", "press secretary"}
# Who speaks for someone else, in the singular: `a lawyer for the family`, `a spokesman for the singer`.
VOICES_FOR = frozenset(SPOKES_ROLES | {"lawyer", "attorney", "agent", "aide", "adviser", "advisor", "solicitor",
                                       "barrister", "counsel"})
# Roles held `to` someone or somewhere, in the singular: `Aides to Michael Jackson`, `a senior aide to Mrs. Clinton`.
SERVING_ROLES = frozenset({"aide", "adviser", "advisor", "counsel", "assistant", "secretary", "consultant", "spokesman",
                           "spokeswoman", "spokesperson", "ambassador", "envoy"})

# Words right before a quotation that mark it as a name, label or title rather than speech.
TITLING = set("""
film movie book novel song album show series play titled entitled dubbed nicknamed named called
known term word phrase slogan hashtag headline label so-called brand motto catchphrase nickname
program programme documentary episode painting poem column article report chapter campaign
initiative operation project magazine newspaper single track tune hit musical opera sitcom
drama memoir biography essay blog podcast video app game tour channel network television station radio
paper sequel prequel remake franchise trilogy soundtrack spinoff spin-off sketch cartoon comic
bestseller best-seller blockbuster thriller autobiography anthology novella screenplay exhibition
""".split())

DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
               "these", "those", "one", "another", "some", "several", "two", "three", "many"}
CLAUSE_STARTERS = {"that", "he", "she", "it", "they", "we", "i", "there", "this", "if", "whether",
                   "how", "why", "what"}
PREPOSITIONS_OR_DETERMINERS = frozenset(PREPOSITIONS | DETERMINERS)  # made once: a union per call copies both


_COMPOUND_ADJECTIVES = ("-based", "-born", "-led", "-owned", "-run", "-backed", "-funded", "-style", "-era", "-old",
                        "-made", "-built", "-bred", "-grown", "-bound", "-like", "-esque", "-friendly", "-centric",
                        "-time")  # (`Three-time Olympic champion`)
# (not `-free` nor `-wide`, which bodies' names hold: the Campaign for Tobacco-Free Kids, World-Wide Fund)
_INNER_WORDS = {"of", "the", "in", "and", "for", "on", "at"}


def learned_trade(head: str) -> bool:
    """`oceanographer`, `volcanologist`, `astrophysicist`, `statistician`: a trade the word's ending gives, which
    the lexicon need not list."""
    return head.endswith(_TRADE_ENDINGS) or head.endswith("ist") and len(head) >= 8 and not head.endswith("list")


_TRADE_ENDINGS = ("ologist", "ographer", "onomist", "ician")


def compound_adjective(low: str) -> bool:
    """`Quebec-based`, `Manhattan-made`, `Coffee-loving`, `Oscar-nominated`, `Award-winning`: a compound
    adjective."""
    if "-" not in low:
        return False
    parts = low.split("-")
    return (low.endswith(_COMPOUND_ADJECTIVES) or len(parts[-1]) > 4 and parts[-1].endswith(("ing", "ed"))
            or not _INNER_WORDS.isdisjoint(parts[1:-1]))  # `Man-of-the-match Duff`, `Mother-of-two`
