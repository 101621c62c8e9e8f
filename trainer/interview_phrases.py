"""Phrase families for interview answers, written from how candidates actually talk.

Each entry is a phrase pattern (see ``trainer.patterns``) matched against a normalised
sentence with filler words already removed. Families list several constructions per
behaviour (spoken and written, British and American spellings), not a single idiom.
"""

SUBJECT_CUSTOMER = (
    "(she|he|they|(the|a|an|one|this|our) (customer|client|caller|guest|lady|woman|man|gentleman|family|couple|patient|student|shopper|member|mum|mom|dad|buyer)"
    "|customers|clients|people|someone|the person)"
)
OBJ = "(her|him|them|the customer|the client|the caller|the guest|the family|the couple)"

# --- the story: where and when it happened -------------------------------------------

SITUATION = [
    "(at|in|during) my (last|previous|old|current|first|summer|part time|weekend|holiday|student|retail|call centre|call center) (job|role|position|work|placement|internship|company|store|shop|branch|team|employer)",
    "when i (was working|worked|was|started|first started) (at|in|as|for|on)",
    "(while|whilst) (i was )?(working|at|on shift|covering)",
    "i (used to work|worked|was working|have worked|work) (at|in|as|for|on)",
    "(one|last|that|this one|one busy) (time|day|morning|afternoon|evening|night|shift|weekend|week|month|year|summer|winter|christmas|saturday|sunday|monday|tuesday|wednesday|thursday|friday|december|holiday season)",
    "(a|one) (time|situation|example|occasion|customer) (that|which|who)? (comes to mind|stands out|sticks out|i remember|i will never forget|i think of)",
    "i (remember|recall) (a|one|when|this|an|the time|once)",
    "there was (a|an|this|one) (customer|client|caller|guest|woman|man|lady|gentleman|guy|girl|family|couple|student|patient|elderly|older|regular|mum|mom|dad|teenager|shopper|member|tenant|traveller|traveler|parent)",
    "(a|an|one|this) (elderly|older|young|regular|new|first time|long time|loyal|angry|upset|frustrated|confused|anxious|furious)? (customer|client|caller|guest|woman|man|lady|gentleman|regular|patient|shopper|member|tenant|traveller|traveler|parent|couple|family) (came|called|rang|phoned|walked|emailed|wrote|messaged|contacted|complained|asked|wanted|needed|was|had|arrived|turned up|showed up|got in touch|reached out)",
    "(recently|years ago|a few (days|weeks|months|years) ago|<num> (days|weeks|months|years) ago|(a|one|two|three) (week|weeks|month|months|year|years) ago|last (week|month|year|summer|winter|christmas))",
    "as a customer (myself)?",
    "(in|during) my first (day|days|week|weeks|month|months|year|shift|summer|job)",
    "(at|in|on) (a|an|the|our|my) ... (shop|store|cafe|café|coffee shop|restaurant|bar|pub|hotel|call centre|call center|contact centre|bank|supermarket|pharmacy|garage|salon|gym|clinic|office|warehouse|branch|help desk|helpdesk|tech desk|front desk|reception|counter|kiosk|market|airport|station|library|hospital|surgery|dealership|cinema|theatre|boutique|bakery|takeaway|chat team|support team|service desk)",
    "(i|we) (ordered|bought|booked|rang|called) ... (from|with) ... (and|but)",
]

# Verbs that report a state or a thought rather than something the candidate did.
STATE_VERBS = frozenset(
    """was were had felt thought knew wanted needed liked loved hoped believed seemed looked sounded used
    wished guessed supposed meant tried happened""".split()
)
IRREGULAR_PAST = frozenset(
    """went took gave made sent brought got found told said spoke came ran drove rang wrote kept left paid bought sold
    put set sat stood met caught held led let lent built dealt fought taught chose sought spent did saw heard understood
    broke won began became stuck hung threw drew woke rode shook forgave gave swung withdrew undertook rebuilt redid
    resent rewrote overcame oversaw lost shut cut hit quit split spread slept swept bent fed fled flew grew blew threw
    sang swam tore wore bit hid""".split()
) | STATE_VERBS
NOT_PAST = frozenset("need feed speed indeed seed bed red shed wed bleed breed weed heed deed freed embed".split())
ADVERBS = frozenset(
    """then also quickly immediately just finally eventually actually really personally first later straight instantly
    gently calmly politely still even quietly carefully patiently simply basically properly clearly literally instead
    right already both all only honestly""".split()
)
ACTORS = frozenset({"i", "we"})
# Someone serving the candidate, when the example is from the candidate's life as a customer.
SERVERS = frozenset(
    """agent rep representative barista assistant manager staff waiter waitress nurse technician cashier clerk engineer
    pharmacist receptionist driver advisor adviser associate host hostess concierge seller shopkeeper owner""".split()
)

# --- the result for the customer -------------------------------------------------------

GOOD_FEELINGS = (
    "(happy|happier|relieved|grateful|thankful|pleased|delighted|satisfied|thrilled|calmer|calm|reassured|impressed"
    "|surprised|touched|over the moon|so glad|glad|much better|better|comfortable|confident|smiling)"
)

RESULT = [
    "(in the end|by the end|at the end of (the|that) (call|week|shift|conversation|visit|appointment)|as a result|it turned out|the (result|outcome) was|ended up|which meant|that meant|this meant|all of which meant)",
    SUBJECT_CUSTOMER + " (was|were|seemed|looked|sounded|felt|left|went away|walked away|hung up) (so|really|very|much|completely|genuinely|visibly|a lot|really really|so much)? " + GOOD_FEELINGS,
    SUBJECT_CUSTOMER + " (actually|even|really|finally|eventually|then|later|still|just)? (thanked|hugged|smiled|laughed|calmed down|relaxed|wrote in|posted|praised|recommended|renewed|tipped|apologised|apologized|was able to|could finally|made it|got (it|her|his|their|everything) (back|in time|on time|sorted))",
    "(made it|got there|arrived) ... (in time|on time|to spare|after all)",
    "thanked (me|us|my team|the team)",
    "(left|gave|wrote|posted|sent) (us|me|my manager|the team)? (a|an)? (really|very)? (great|good|positive|glowing|five star|<num> star|lovely|kind|nice|thank you|personal) (review|feedback|rating|comment|note|survey|email|card|message|letter)",
    "(came|comes|kept coming|still comes|keeps coming|called|rang|emailed|wrote) back (to|the|a few|later|again|every|and|with|weeks|months|next|just|that|after)",
    "(still|now) (comes|shops|orders|visits|asks for me|books|calls)",
    "(became|is now|is still|stayed) (a|one of our|our) (regular|loyal|best|happiest)",
    "asked for me (by name)?",
    "(got|received|had|picked up|collected) (it|the|her|his|their|a|an) ... (on time|in time|the next day|the same day|before|by|that (day|afternoon|evening|morning)|that week|within)",
    "(did not|never|decided not to) (cancel|leave|close|switch|complain|go elsewhere|take (it|the complaint) further)",
    "(kept|retained|saved|won back) (the|their|her|his) (account|business|custom|subscription|contract|order|booking)",
    "(the|her|his|their) (problem|issue|fault|complaint|order|refund|booking|account|case|ticket) (was|got)? (solved|fixed|resolved|sorted|closed|processed|working|approved|back)",
    "(it|everything|that) (was )?(all )?(sorted|resolved|fixed|working (again)?) (out)?",
    "(my )?(manager|supervisor|boss|team leader) (praised|thanked|recognised|recognized|mentioned|shared|used)",
    "(score|scores|rating|csat|nps|satisfaction|complaints|call backs|callbacks|repeat calls) (went up|went down|improved|rose|dropped|fell|increased|decreased)",
    "(saved|spared) " + OBJ + " (a|the|another)? (trip|journey|wait|money|call|visit|hassle)",
    "(made|make) (her|his|their) (day|week|christmas|birthday)",
    SUBJECT_CUSTOMER + " (left|was out|was on (her|his|their) way|went home|was served|was back|got home|drove off|walked out) (within|in|after|by|with|less than|happy|smiling|relieved)",
    "(never|no longer) (had to|needed to)",
]

# --- the six pillars, named and shown -------------------------------------------------

QUALITY_NAMES = {
    "responsiveness": ["responsive*", "prompt", "promptly", "promptness", "speed", "timely", "efficien*", "quick", "quickly", "fast response*", "response time*", "quick to respond", "without (delay|keeping them waiting)"],
    "empathy": ["empath*", "compassion*", "understanding", "listen*", "caring", "kindness", "patience", "patient", "put (myself|yourself|ourselves) in ... shoes", "sympath*"],
    "knowledge": ["knowledge*", "know (the|your|my|our) (product|products|stuff|policies|policy|systems)", "expert*", "competen*", "accura*", "well informed", "informed", "product knowledge", "problem solving", "problem solver"],
    "professionalism": ["professional*", "courte*", "polite*", "respect*", "composure", "composed", "integrity", "honest*", "ownership", "accountab*", "positive attitude", "calm under pressure", "stay* calm"],
    "personalization": ["personal*", "tailor*", "individual*", "by name", "extra mile", "above and beyond", "feel (special|valued|like a person|like more than a number)", "not (just )?a number"],
    "reliability": ["reliab*", "dependab*", "consisten*", "keep* (them|the person|people|customers|the customer|everyone) (updated|informed|in the loop|posted)", "follow (up|through)", "following (up|through)", "keep* (my|your|our) (word|promise*)", "trust*", "do what (i|you|we) (say|said|promise)"],
}

QUALITY_SHOWN = {
    "responsiveness": [
        "(right away|straight away|immediately|at once|there and then|on the spot|first thing|as soon as|quickly|promptly|without delay)",
        "within (<num>|a|an|one|two|three|five|ten|fifteen|twenty|thirty|half an|the) (minute|minutes|hour|hours|day|days)",
        "(the same day|same day|that (same )?(afternoon|evening|morning|night|day)|before (the end of|lunch|closing|she left|he left|they left|the shop closed))",
        "got back to " + OBJ,
        "(replied|responded|answered) (to " + OBJ + ")? (within|in|straight|right|quickly|the same)",
    ],
    "empathy": [
        "(asked|let) " + OBJ + " (to describe|to explain|to tell|what|how|about|why|whether)",
        "(i )?(listened|heard (her|him|them) out|let (her|him|them) (talk|explain|vent|finish|get it out))",
        "i (could )?(see|tell|hear|sense) (that|how|she|he|they) ",
        SUBJECT_CUSTOMER + " (was|were|seemed|sounded|looked|felt|got) (really|so|very|quite|clearly|visibly|understandably|a bit|pretty|extremely)? (upset|stressed|worried|frustrated|anxious|angry|panicked|panicking|in tears|crying|embarrassed|scared|overwhelmed|confused|distressed|desperate|annoyed|furious|nervous|heartbroken|devastated|exhausted|fed up|disappointed)",
        "(acknowledged|reassured|calmed (her|him|them) down|comforted|sympathised|sympathized)",
        "(i )?(apologised|apologized|said sorry|told (her|him|them) (i|we) (were|was) sorry)",
        "(in|from) (her|his|their) (shoes|position|point of view|side)",
        "how (she|he|they) (felt|must have felt|was feeling)",
        "i (understood|realised|realized|knew|could see) (how|why|that) ... (mattered|important|meant|upset|stressful|worried)",
        "(made|let) " + OBJ + " (know|feel) (that )?(i|we) (understood|cared|were listening|was listening|heard)",
    ],
    "knowledge": [
        "(checked|looked up|looked into|researched|investigated|found out|figured out|worked out|diagnosed|troubleshot|traced|tracked down|spotted|identified|pinpointed|went through)",
        "(explained|walked " + OBJ + " through|showed " + OBJ + "|talked " + OBJ + " through|recommended|suggested|compared|read up on|learned|learnt|studied|tested)",
        "knew (the|our|that|about|exactly|where|how|which)",
        "(found|spotted|noticed) (the|a|that) ... (problem|issue|cause|fault|error|setting|workaround|discount|option|alternative|mistake)",
    ],
    "professionalism": [
        "(stayed|kept|remained|kept my|keep my|stay|remain) (calm|polite|professional|composed|patient|cool|respectful|friendly|level headed|courteous)",
        "(did not|never) (take it personally|raise my voice|argue|interrupt|get defensive|lose my temper|snap|blame)",
        "(took|take|taking) (full )?(ownership|responsibility)",
        "(owned|admitted|held my hands up to|owned up to|acknowledged) (it|the mistake|my mistake|that|the error|my error)",
        "(escalated|brought in|involved|called over|asked|fetched|went to) ... (manager|supervisor|team leader|senior|colleague|specialist)",
        "(set|drew|explained) (a|the|clear)? (boundary|boundaries|limit)",
        "(politely|calmly|firmly|respectfully) (told|explained|said|asked|ended|warned)",
    ],
    "personalization": [
        "(remembered|noted|learned|learnt|used|wrote down|asked for|made a note of) (her|his|their) (name|order|preference|preferences|usual|history|birthday|details|favourite|favorite|situation)",
        "(by|using) (her|his|their) (first )?name",
        "(set|put|kept|saved|held) (one|it|a|some|the last|two) ... (aside|by|back) for " + OBJ,
        "(tailored|adapted|adjusted|personalised|personalized|customised|customized|matched) ",
        "(handwritten|hand written|personal) (note|card|message|touch|call)",
        "(her|his|their) (daughter|son|husband|wife|partner|mum|mom|mother|dad|father|grandson|granddaughter|grandmother|grandfather|nan|kids|children|baby|wedding|birthday|anniversary|party|trip|holiday|dog|cat|exam|interview|first day)",
        "(a|our|one of our|one of my) regular*",
    ],
    "reliability": [
        "(called|rang|phoned|emailed|texted|messaged|checked in with|contacted|wrote to|got in touch with) " + OBJ + " ... (back|again|the next day|the following|a (few|couple)|later|afterwards|to (check|confirm|make sure|let|see|update))",
        "(followed|follow) (up|through|it up|it through)",
        "(gave|give) " + OBJ + " a (ring|call|bell|buzz|quick call)",
        "follow up (call|email|message)",
        "(as|like|when) (i|we) (had )?(promised|said (i|we) would)",
        "(kept|keep) (my|the|that|our) (promise|word)",
        "(made sure|double checked|confirmed|checked|verified) (that|it|the|her|his|their) ... (arrived|was (sorted|resolved|fixed|delivered|working|there|ready|correct|right|done)|got there|went through)",
        "(set|made|put) (myself )?(a )?(reminder|note in (my|the) diary|note in (my|the) calendar)",
        "(every|each) (time|week|day|shift|morning) (i|we|after)",
    ],
}

# --- the customer's side ---------------------------------------------------------------

CUSTOMER_NEED = [
    SUBJECT_CUSTOMER + " (had|has) (called|rang|phoned|come in|been in|written|emailed)? ... (about|because|with|to say|asking)",
    SUBJECT_CUSTOMER + " (called|rang|phoned|came in|came into|walked in|wrote in|emailed|messaged|complained|contacted us) (about|because|with|to say|asking|in)",
    SUBJECT_CUSTOMER + " (had no idea|did not know|was not sure|was lost|had never|was new to|could not find|could not work out)",
    SUBJECT_CUSTOMER + " ... (was|were|had been) (really|so|very|quite|clearly|visibly|a bit|pretty|extremely)? (worried|scared|anxious|desperate|panicking|afraid|upset|stressed|confused|embarrassed|frustrated|angry|furious|distressed|in tears|crying|heartbroken|overwhelmed)",
    SUBJECT_CUSTOMER + " (was|were|had been) (paying|being charged|charged|overcharged|stuck|left|without|missing|locked out|cut off|unable|on hold|going to miss|about to)",
    SUBJECT_CUSTOMER + " (could not|was not able to|had no way to|did not know how to) (get|use|pay|access|log|travel|make|reach|find|afford|understand|connect|open|read)",
    SUBJECT_CUSTOMER + " (really|just|only|desperately|badly)? (needed|wanted|was (worried|scared|anxious|relying|counting|desperate|panicking|afraid|hoping|trying|looking|dreading|nervous|stressed|upset|confused|embarrassed|frustrated|angry)|had been (waiting|trying|calling|chasing|struggling)|cared about|was due|had (a|an|her|his|their) ... (party|flight|appointment|deadline|wedding|exam|interview|event|meeting|train|birthday))",
    "(for|to) (her|him|them) (it|this|that) (was|meant|mattered)",
    "(what|how much) (she|he|they|the customer|it) (really )?(needed|wanted|mattered|meant)",
    "(her|his|their) (main|biggest|real|only) (worry|concern|fear|priority|problem|goal)",
    SUBJECT_CUSTOMER + " (had|was with) (a|an|her|his|their) ... (child|baby|kids|children|son|daughter|mother|father|mum|dad|dog|partner|husband|wife) ... (waiting|in the car|at home|with (her|him|them)|to look after|to collect)",
    SUBJECT_CUSTOMER + " (had|needed) to (get back|catch|pick up|collect|be at|leave|get to|make)",
]

PERSPECTIVE_GENERAL = [
    "(from|in) (the|their|a|the customer's|a customer's|customers') (point of view|perspective|side|shoes|eyes)",
    "(put|putting|imagine|imagining) (myself|yourself|ourselves) in (their|the customer's|her|his|someone's|the other person's) (shoes|position|place)",
    "(feel|feels|feeling|felt) (heard|valued|understood|respected|looked after|cared for|listened to|taken seriously|like a person|like they matter|like they mattered)",
    "(what|how) (the customer|customers|they|people|the person) (actually|really)? (need|needs|want|wants|feel|feels|experience|experiences|expect|expects|care about|cares about)",
    "(leave|leaves|walk away|walks away|go away|goes away|hang up|hangs up|come away|comes away) (happy|satisfied|feeling|with (their|the|a|an)|knowing|better off|confident)",
    "(the customer|customers|they|people|the person) (know|knows|understand|understands) (what|exactly|where|when|how) (happens|will happen|is happening|to expect|next)",
    "(make|makes|making) (it|things|life) (easy|easier|simple|simpler) for (the customer|customers|them|people)",
    "(their|the customer's|the customer's) (time|day|problem|situation|frustration|worry|point of view)",
    "(customer|customers|client|clients|people|someone|they|them|everyone) ... (to )?feel (the way|like|that|as if)",
    "(do not|never) make (them|people|customers|the customer) (chase|wait|repeat|explain)",
    "(matters|mattered|means|meant|counts|counted) (more|most|a lot|so much|far more) to (customers|the customer|people|them|her|him|clients)",
]

# When the example is the candidate's own experience as a customer, "I" is the customer.
AS_CUSTOMER = [
    "as a customer",
    "i (rang|called|phoned|contacted|emailed|messaged|went into|walked into|ordered from|booked with|complained to|wrote to|was on the phone to|got through to) (the|a|an|my|our) ... (airline|bank|company|shop|store|provider|support|helpline|insurer|insurance|restaurant|hotel|council|garage|supplier|retailer|energy|broadband|internet|phone company|network|surgery|pharmacy|cafe|café|landlord|letting agent|courier|post office|vet|dentist|gp|travel agent|customer service|help desk|helpdesk)",
    "(the|a|an) (woman|man|guy|lady|person|girl|agent|rep|representative|assistant|barista|waiter|waitress|nurse|technician|cashier|clerk|manager) (i|who) (spoke|talked|dealt|got through|was put through|was speaking) (to|with)",
    "(the|a|an) (agent|rep|representative|assistant|barista|waiter|waitress|nurse|technician|cashier|clerk|pharmacist|receptionist|engineer|driver|advisor|adviser|shop assistant|sales assistant) (who|that)? ... (helped|served|fixed|rebooked|sorted|noticed|remembered|called|rang|gave|offered|found|went|took|listened|explained)",
]
SELF_NEED = [
    "(expecting|dreading|hoping|praying|worried|terrified|panicking) (to|that|it|i|the|about)",
    "my (flight|train|order|delivery|booking|parcel|card|account|car|laptop|phone|boiler|internet|broadband|payment|prescription|package) ... (cancelled|canceled|delayed|lost|broke|broken|stopped|went missing|never arrived|did not arrive|got stuck|declined|blocked|frozen|failed|overcharged)",
    "i (really|just|desperately|badly)? (needed|wanted|was (worried|scared|anxious|panicking|desperate|stressed|dreading|expecting|stuck|stranded|about to|going to miss)|had (a|an|my) ... (wedding|flight|appointment|deadline|exam|interview|party|train|meeting)|was expecting|expected|had been (waiting|trying|on hold))",
]
SELF_OUTCOME = [
    "i (made it|got (there|it|everything|my)|received|was (so|really|very)? " + GOOD_FEELINGS + "|felt " + GOOD_FEELINGS + "|never had to|did not have to|still (use|shop|bank|go|order)|have (stayed|been) (with|a customer))",
]

BENEFIT_LINK = [
    "so (that )?" + SUBJECT_CUSTOMER + " (could|can|would|did not|do not|does not|got|had|was able|were able|will|knew|know|felt|feel|never|no longer)",
    "which (meant|means) " + SUBJECT_CUSTOMER,
    "for (her|him|them) (that|it|this) (meant|was)",
    "(saving|saved|spared|sparing) (her|him|them) (a|the|another)",
]

# --- structure -------------------------------------------------------------------------

THESIS = [
    "(good|great|excellent|real|outstanding|exceptional|quality)? (customer )?service (means|is|is about|is all about|comes down to|boils down to|starts with|is really about|to me is)",
    "(to|for) me (personally)? ... (means|is about|is all about|comes down to|is when|is making|is having|it is)",
    "i (think|believe|feel|would say|see|define|view|would define|would describe) (that )?(good|great|excellent)? (customer )?service (is|means|as)",
    "(it is|it's|it is really|it is all|that is) about",
    "(it|that) (comes|boils) down to",
    "at (its|the) (core|heart)",
    "the (most important|biggest|key|main|first) (thing|part|reason|ingredient)",
    "(my|the) (main|biggest|real|honest|simple) (reason|answer|motivation)",
    "(the short answer|in short|in a nutshell|simply put|put simply)",
]

BEHAVIOURAL_OPENING = [
    "(a|one|the) (good|best|clear|recent|specific)? (time|example|situation|occasion) (that|which|where|when|i)",
    "(yes|sure|definitely|absolutely|of course|certainly)",
]

ROLE_TIE = [
    "(the|my|a) standard i (hold|set|keep|try|aim|want)",
    "(hold|held) myself to",
    "(customer|customers|client|clients|guest|guests|people|caller|callers) (i|we) (would )?(deal with|serve|help|work with|speak to|talk to|look after|meet) here",
    "(here|in this role|in this job|in this team) (too|as well|every day)",
    "(in|for|to|into) (this|the|your) (role|position|job|line of work)",
    "(in|for|to|at|with|into|join|joining) (this|your) (team|company|store|shop|business|organisation|organization|department|brand)",
    "(that is|this is|that's) (exactly )?(what|the kind of (service|thing|approach|attitude|person|care)|the approach|the standard|how) i (would|will|want to|hope to|plan to|intend to|bring|try to|aim to|always|give|work)",
    "i (would|will|want to|hope to|plan to|intend to|would love to|look forward to|can|could|am keen to|am excited to) (bring|do|carry|apply|use|offer|give|keep|take|continue) ... (here|role|team|position|customers|company|clients|job|you|members|guests)",
    "(your|the company's|this company's) (customers|clients|team|values|mission|focus|reputation|approach|members|guests|store|brand|patients|users|callers)",
    "(why|reason) i (applied|am applying|want (this|the) (job|role)|am interested|was drawn)",
    "(i|we) (would|will) (do|handle|approach|treat) (it|things|customers|your customers|this|them) the same",
]

REFLECTION = [
    "(that|it|this|the experience|the situation) (taught|showed|reminded|made) me",
    "i (learned|learnt|realised|realized) (that|how|a lot|from|to|the)",
    "(since then|from then on|ever since|these days|nowadays|now) (i|we) (always|make sure|try|check|double check|write|set|take|ask|never)",
    "(the|my|a) (lesson|takeaway|big learning)",
    "what i took (away)? from",
    "i (still|now) (do|use|apply|follow|keep)",
    "next time i would",
]

# --- delivery --------------------------------------------------------------------------

# Regular expressions (not phrase patterns) because fillers are about punctuation and position;
# the group ``f`` is the filler itself, the rest is context. Matched on normalised text.
FILLER_REGEXES = [
    r"\b(?P<f>um+|uh+|uhm+|erm+|er|ah+|hmm+|mm+)\b",
    r"\b(?P<f>like)\s*,",
    r"\b(?:and|so|but|um|uh|was|were|is|am)\s+(?P<f>like)(?=\s+(?:um|uh|really|totally|super|so|literally|basically|you know|the whole|honestly)\b)",
    r"\b(?P<f>you know)(?=\s*[,.?!]|\s*$|\s+(?:like|what i mean|um|uh|so|and|i)\b)",
    r"(?:^|[,.;]\s*)(?P<f>i mean)\s*,",
    r"\b(?P<f>basically|literally|kinda|sorta)\b",
    r"(?<!\bwhat )(?<!\bthis )(?<!\bthat )(?<!\bthe )(?<!\bany )(?<!\bsome )(?<!\bwhich )(?<!\bsame )(?<!\bevery )(?<!\bright )(?<!\bone )(?<!\ba )\b(?P<f>(?:sort|kind) of)\b",
    r"\b(?P<f>right)\?",
    r"(?:^|[.!?]\s*)(?P<f>so yeah|yeah so|okay so|ok so|anyway|anyways)\b",
    r"\b(?P<f>and stuff|or whatever|and all that|and everything|or something|stuff like that|things like that)\b",
]

HEDGES = [
    "i guess",
    "i suppose",
    "maybe",
    "perhaps",
    "probably",
    "i am not (really|totally|entirely|100 percent)? sure",
    "i do not (really )?know",
    "hopefully",
    "i feel like",
    "i would say",
    "in a way",
    "might",
    "i am not an expert",
    "i do not have (much|a lot of|any) experience",
    "if that makes sense",
    "i would like to think",
]

GENERALITIES = [
    "at the end of the day",
    "the customer is (always )?(right|king|number one)",
    "(go|goes|going|went) (above and beyond|the extra mile)",
    "(100|110|a hundred|one hundred|hundred) percent",
    "give (it )?(my|your|our) all",
    "whatever it takes",
    "(make|making|keep|keeping) (the )?(customer|customers|people|everyone|them) happy",
    "treat (people|customers|others|everyone|them) (how|the way|like|as) (i|you|they) (would|want)",
    "people person",
    "(i am|i have always been) (very |really |so |extremely )?passionate about",
    "(a lot of|lots of) (things|stuff|ways|aspects|factors)",
    "(in general|generally speaking|generally)",
    "(very|really|super|extremely|so) important",
    "(customer|client) (satisfaction|experience|journey) (is|are) (key|everything|important|paramount|crucial)",
    "(every|all) (single )?(customer|customers|interaction|interactions|situation|situations)",
    "(the|a) (best|great|excellent|amazing|positive|seamless) (possible )?(customer )?experience",
    "(i am|i consider myself) (a )?(very |really |extremely )?(hard working|hardworking|team player|fast learner|quick learner|good communicator|great communicator|perfectionist|go getter|self starter)",
    "(exceed|exceeding|surpass) (their|customer|customers'|the customer's)? expectations",
    "(delight|delighting|wow|wowing) (the )?(customer|customers)",
    "(it is|it's) (very |really )?(all )?about the customer",
]

# Abstract nouns people string together when they have no example to give.
BUZZWORDS = frozenset(
    """empathy empathetic efficiency efficient synergy synergies passion passionate dedication dedicated excellence excellent
    integrity innovation innovative quality commitment committed teamwork communication communicating professionalism
    professional respect respectful solutions solution value values proactive proactivity holistic leverage stakeholder
    stakeholders dynamic motivated motivation hardworking reliability reliable dependability consistency consistent
    responsiveness responsive personalization personalisation personalized personalised knowledge expertise competence
    patience patient kindness friendliness friendly positivity positive attitude care caring trust transparency honesty
    accountability ownership ambition growth mindset flexibility adaptability resilience creativity collaboration
    customer-centric customer-focused customer-first world-class best-in-class exceptional outstanding
    understanding listening courtesy politeness helpfulness helpful speed timeliness accuracy satisfaction loyalty
    experience engagement rapport support""".split()
)

# Company values are often shown in other words than the company's own.
VALUE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "reliability": ("dependab", "reliab", "follow(ing|ed)? through", "kept (my|our) (word|promise)", "consisten", "count on"),
    "reliable": ("dependab", "reliab", "follow(ing|ed)? through", "consisten"),
    "dependability": ("dependab", "reliab", "follow(ing|ed)? through"),
    "consistency": ("consisten", "every (time|customer|day)", "reliab", "dependab"),
    "ownership": ("own(ed|ing)? (it|the problem|the issue|their problem)", "took (it|their problem|the problem) on", "responsib", "follow(ing|ed)? through", "as (their|my) own"),
    "accountability": ("responsib", "own(ed|ing)? (it|up|the)", "accountab"),
    "warmth": ("warm", "kind", "friendl", "car(e|ed|ing) about", "welcom"),
    "kindness": ("kind", "car(e|ed|ing)", "compassion", "gentle"),
    "care": ("car(e|ed|ing)", "look(ed)? after", "kind"),
    "empathy": ("empath", "understand", "listen", "put myself in", "how (he|she|they) felt"),
    "respect": ("respect", "courte", "dignity", "polite"),
    "integrity": ("honest", "integrity", "transparen", "truth"),
    "honesty": ("honest", "truth", "transparen", "upfront"),
    "speed": ("quick", "fast", "prompt", "straight away", "right away", "same day"),
    "efficiency": ("quick", "efficien", "prompt", "without wasting"),
    "innovation": ("new idea", "creativ", "improv", "innovat"),
    "teamwork": ("team", "colleague", "together"),
    "excellence": ("excellen", "high standard", "best possible"),
    "customer": ("customer", "client", "guest"),
}
