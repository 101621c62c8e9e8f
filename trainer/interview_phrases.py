"""Phrase families for interview answers, written from how candidates actually talk.

Each entry is a phrase pattern (see ``trainer.patterns``) matched against a normalised
sentence with filler words already removed. Families list several constructions per
behaviour (spoken and written, British and American spellings), not a single idiom.
"""

# Who the customer is, however the candidate refers to them. Named customers ("Mrs Dale", "a regular
# called Joan") are rewritten to "the customer" before matching, so every family below covers them too.
CUSTOMER_NOUNS = (
    "customer|client|caller|guest|lady|woman|man|gentleman|gent|family|couple|patient|student|shopper|member|mum|mom|dad|buyer"
    "|regular|passenger|diner|visitor|tenant|resident|traveller|traveler|parent|grandmother|grandfather|girl|boy|guy|bride|groom"
    "|old man|old lady|older man|older lady|elderly man|elderly lady|elderly woman|elderly couple|young mum|young man|young woman|person"
)
SUBJECT_CUSTOMER = (
    "(she|he|they|(the|a|an|one|this|our|that) (elderly|older|old|young|regular|new|poor|first time|long time|loyal)? (" + CUSTOMER_NOUNS + ")"
    "|customers|clients|people|someone|the person|the guests|the passengers|the patients|the callers|the customers)"
)


def subject_then(*rests: str) -> str:
    """The customer as subject, followed by any of several predicates."""
    return SUBJECT_CUSTOMER + " (" + "|".join(rests) + ")"


OBJ = "(her|him|them|the customer|the client|the caller|the guest|the family|the couple|the patient|the lady|the gentleman|the man|the woman|the passenger|the customers|the guests)"

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
    # one alternation after the subject, so the subject is matched once per position
    subject_then(
        "(actually|even|really|finally|eventually|then|later|still|just)? (thanked|hugged|smiled|laughed|calmed down|relaxed|wrote in|posted|praised|recommended|renewed|tipped|apologised|apologized|was able to|could finally|made it|got (it|her|his|their|everything) (back|in time|on time|sorted))",
        "(left|was out|was on (her|his|their) way|went home|was served|was back|got home|drove off|walked out) (within|in|after|by|with|less than|happy|smiling|relieved)",
    ),
    "(in the end|by the end|at the end of (the|that) (call|week|shift|conversation|visit|appointment)|as a result|it turned out|the (result|outcome) was|ended up|which meant|that meant|this meant|all of which meant)",
    SUBJECT_CUSTOMER + " (was|were|seemed|looked|sounded|felt|left|went away|walked away|hung up) (so|really|very|much|completely|genuinely|visibly|a lot|really really|so much)? " + GOOD_FEELINGS,
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
    "(never|no longer) (had to|needed to)",
    "(everyone|everybody|all of them|all (two|three|four|five|six|<num>) of them|the whole queue|the queue|every customer|each customer|each of them) (was|were|got|had been) (served|sorted|seen|helped|through|looked after)",
    "got (his|her|their) (order|food|coffee|drinks|refund|parcel|prescription|replacement|money|table|room) (ready|back|in time|on time|as promised|within|that|the same)",
    "(improving|working|fine|better|sorted|healed|okay|alright|settled|happy|arrived|there|right) and (it|she|he|they) (was|were|had|did)",
    "(to check|to make sure|to see if|to see whether|to confirm) ... (and it was|and it had|and it did|and she was|and he was|and they were|and everything was)",
    # how candidates actually say it ended well for the customer
    "(asked|asked me) (for|what was)? my name",
    "(review|feedback|letter|email|card|note|survey|post|comment) (mentioned|named|praised|thanked) (me|us|the team)",
    "mentioned me (by name)?",
    "(left|wrote|posted|gave) (us|me|the (shop|store|hotel|restaurant|cafe|team|company))? (a|an) ... (review|rating)",
    "(made|make|caught|catch|got to|got on) (the|her|his|their) (flight|plane|train|bus|ferry|connection|appointment|meeting|interview|wedding|party|funeral)",
    "(was|were) (finally|still|then)? able to (go|get|make|attend|enjoy|use|travel|pay|keep|fly|eat|take|have|log|see|open|call|print|send|finish|celebrate|plant|visit|stay|sleep|work|relax|leave)",
    "(booked|ordered|stayed|came) (with us )?(again|back)",
    "(has|have|had) (booked|been back|come back|returned|ordered|stayed) (again|since|every|twice|several|with us)",
    "(sent|brought|showed) (us|me|the team|my manager)? (a|the|some) (photo|photos|picture|pictures|card|message|email|note|letter|thank you|box of|cake|flowers|chocolates)",
    "(wrote|emailed|rang|called|phoned|wrote in) (to )?(our|my|the) (manager|head office|company|owner|area manager)",
    "(said|told me|told us|told my manager) ... (best|perfect|exactly what|a lifesaver|brilliant|made (her|his|their) (day|week|year)|could not have|would not have|saved)",
    "(to say|said|saying|say|sent) (a )?(thanks|thank you|a thank you)",
    "(decided|chose|agreed|was happy) to (keep|stay|take|accept|go with|book|buy|renew|wait|come back)",
    "(was|were|looked|seemed) (really|very|so|much|visibly)? (pleased|happy|delighted|relieved|thrilled|grateful|calmer|reassured) (with|about|that|when|by|and)",
    "(still|now) (comes|come|shops|orders|visits|asks for me|books|calls|uses us|banks|stays)",
    "(she|he|they|the customer) (has been|is|are) (a|one of our) (regular|loyal|happy)",
    "(in time for|ready for|ready in time for) (the|her|his|their) (wedding|party|funeral|flight|birthday|anniversary|event|interview|trip)",
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
        "(within|in) (minutes|seconds|the hour|under (an|a|one) (hour|minute|day)|less than (an|a|one|<num>) (hour|hours|minute|minutes|day))",
        "(dropped|stopped|put down) (what i was doing|everything)",
        "(by|before) (the )?(next|following) (morning|day)",
        "did it (there and then|then and there|on the spot|while (she|he|they) waited)",
        "while (she|he|they|we|i|the customer) (waited|was waiting|were waiting|was still on the phone|was on the phone|were still on the phone|were on the phone|was still on the line|were still on the line|was still there|was still in the shop)",
        "(same day|next day) (delivery|appointment|slot|replacement|visit|engineer|courier)",
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
        "(asked|checked) (her|him|them|the customer)? (if|whether) (she|he|they|the customer) (was|were) (okay|ok|alright|all right|fine|comfortable|warm enough)",
        "(stayed|sat|waited) (with|beside|next to) (her|him|them|the customer)",
        "(sat|knelt|got) down (with|next to|beside) (her|him|them|the customer)",
        "(listened|let (her|him|them) talk|heard (her|him|them) out) (first|without interrupting|properly|to the whole)",
        "(gave|let) (her|him|them) (a moment|a minute|some time|time|space)",
        "(offered|made|got|brought) (her|him|them|the customer)? (a )?(cup of tea|tea|coffee|glass of water|water|seat|chair|tissue|tissues|somewhere to sit)",
        "(took|brought) (her|him|them|the customer) (aside|somewhere quiet|to a quiet|into the office|to one side)",
        "(asked|found out) (what|why|how much) ... (meant|mattered|was for|was important|felt)",
        "(said|told (her|him|them)) (that )?(i|we) (understood|could see|could imagine|was sorry|were sorry)",
        "(without|did not) (interrupting|interrupt|rushing|rush) (her|him|them)?",
        "so (nobody|no one|they|she|he|the customer|everyone) (felt|would feel) (forgotten|ignored|rushed|left out|stupid|embarrassed|abandoned)",
        "(kept|kept on) (talking|chatting) to (her|him|them|everyone|the queue)",
    ],
    "knowledge": [
        "(checked (the|it|whether|if|what|which|our|his|her|their|that|for|stock|availability|again|everything|every|all|each)|looked up|looked into|researched|investigated|found out|figured out|worked out|diagnosed|troubleshot|traced|tracked down|spotted|identified|pinpointed|went through (the|our|all|every|his|her|their|each))",
        "(explained|walked " + OBJ + " through|showed " + OBJ + "|talked " + OBJ + " through|recommended|suggested|compared|read up on|learned|learnt|studied|tested)",
        "knew (the|our|that|about|exactly|where|how|which)",
        "(found|spotted|noticed) (the|a|that) ... (problem|issue|cause|fault|error|setting|workaround|discount|option|alternative|mistake)",
        "(found|located|tracked down|sourced|ordered in|dug out) (the|a|one|her|his|their) (right|correct|exact|last|matching|particular|same|only|replacement|compatible|suitable)",
        "(allergen|allergy|ingredient) (folder|sheet|procedure|matrix|book|list|information|info|chart|policy|card|check|guide)",
        "(went through|searched|checked|looked through|looked in) (the |our )?(back stock|stock|stockroom|stock room|warehouse|system|records|account|notes|history|catalogue|manual|guide|order history)",
        "(rang|called|phoned|checked with|contacted) (another|other|our other|two of our|a nearby|the nearest|three) (branch|branches|store|stores|shops|shop|hotels|hotel|sites|site|suppliers|supplier)",
        "(checked|confirmed|double checked|verified) (with|the) (the )?(pharmacist|chef|kitchen|manager|supplier|manufacturer|engineer|specialist|warehouse|policy|terms|records|facts|details|ingredients|label|dates|stock)",
        "(i knew|i know|knowing) (that|which|where|how|what|the|our)",
    ],
    "professionalism": [
        "(stayed|kept|remained|kept my|keep my|stay|remain) (calm|polite|professional|composed|patient|cool|respectful|friendly|level headed|courteous)",
        "(did not|never) (take it personally|raise my voice|argue|interrupt|get defensive|lose my temper|snap|blame)",
        "(took|take|taking) (full )?(ownership|responsibility)",
        "(owned|admitted|held my hands up to|owned up to|acknowledged) (it|the mistake|my mistake|that|the error|my error)",
        "(escalated|brought in|involved|called over|asked|fetched|went to) ... (manager|supervisor|team leader|senior|colleague|specialist)",
        "(set|drew|explained) (a|the|clear)? (boundary|boundaries|limit)",
        "(politely|calmly|firmly|respectfully) (told|explained|said|asked|ended|warned)",
        "(it was|that was|this was) (my|entirely my|all my|completely my) (mistake|fault|error|doing|responsibility)",
        "(told|admitted to|explained to) (her|him|them|the customer) ... (my|it was my|i had made a|i made a) (mistake|fault|error)",
        "(did not|never|without) (make|making|made) (any )?excuses",
        "(did not|never|without) (blame|blaming|blamed) (anyone|the system|my colleague|the warehouse|the customer|others|them)",
        "(explained|told (her|him|them)|said) (clearly|honestly|calmly|plainly|exactly|why|the reason|what (i|we) could)",
        "(was|were|stayed|being) (honest|upfront|straight|transparent) (with|about)",
        "told (her|him|them) the truth",
        "(kept|stayed|remained) (my )?(voice )?(calm|level|low|steady)",
    ],
    "personalization": [
        "(remembered|noted|learned|learnt|used|wrote down|asked for|made a note of) (her|his|their) (name|order|preference|preferences|usual|history|birthday|details|favourite|favorite|situation)",
        "(by|using) (her|his|their) (first )?name",
        "(set|put|kept|saved|held) (one|it|a|some|the last|two) ... (aside|by|back) for " + OBJ,
        "(tailored|adapted|adjusted|personalised|personalized|customised|customized|matched) ",
        "(handwritten|hand written|personal) (note|card|message|touch|call)",
        "(her|his|their) (daughter|son|husband|wife|partner|mum|mom|mother|dad|father|grandson|granddaughter|grandmother|grandfather|nan|kids|children|baby|wedding|birthday|anniversary|party|trip|holiday|dog|cat|exam|interview|first day)",
        "(a|our|one of our|one of my) regular*",
        "(left|put|sent|wrote|added|arranged|bought|made|got|included|tucked|organised|organized) (a|an|some|her|him|them|little|small) ... (card|note|flowers|bouquet|chocolates|cake|balloon|balloons|gift|treat|voucher|bottle|toy|colouring|candle|surprise)",
        "(on the house|on us|free of charge|for free|at no (extra )?(cost|charge)|did not charge|no charge|without charging|waived the|complimentary|at the same price|for the same price|upgraded)",
        "(on|in|during) my (lunch break|lunch|day off|own time|way home|break|evening off|weekend)",
        "(drove|walked|took|delivered|dropped|ran|carried) (it|them|the|her|his|their) ... (to (her|his|their) (house|home|car|door|hotel|room|work)|round|over to|home)",
        "(remembered|remember|had remembered) (her|his|their|that (she|he|they)|what (she|he|they))",
        "(something|things|more than what) (she|he|they|the customer) (had not|did not|never) (even )?ask(ed)? for",
        "(did not|had not|never) (even )?(ask|asked) (me )?(for|to)",
        "(offered|suggested|found|gave (her|him|them)) (her|him|them)? (an|another|a different|the best|a cheaper|other)? (alternative|option|options|instead|trade in|exchange|credit|repair|workaround)",
        "(offered|suggested) (what|everything) (i|we) could",
        "(asked|learned|learnt) (her|his|their) name",
        "(before|after) (my|the end of my) shift",
        "(drive|drove|take|took|walk|walked|walked with|went with) (her|him|them|the customer) (to|home|there|round|across|over)",
        "(wrapped|gift wrapped|engraved|decorated|wrote (her|his|their) name)",
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
        "(called|rang|phoned|texted|emailed|messaged|checked in|checked back|popped round|went back) ... (to check|to make sure|to see (if|whether|how)|to confirm|to follow up|to find out how)",
        "(the next|the following|a few|two|three|a couple of) (day|days|morning|week|weeks) (later )?(i|we) (called|rang|phoned|checked|emailed|texted|went back|followed up|chased)",
        "(changed|updated|added|created|set up|wrote|introduced|suggested|proposed|made) (the|a|our|a new|an extra|new)? ... (process|procedure|checklist|system|rota|template|step|rule|check|sign|label|note|policy)",
        "so (that )?(it|this|that|the same thing|nobody|no one|it never) (would not|does not|could not|did not|can not|never|will not|would never)? (happen|happened|happens) (again|to anyone else)",
        "(so it|so that it|so this|so nothing like that) (would|could) (never|not) happen again",
        "(checked|made sure|confirmed|saw|rang to check) (that )?(it|everything|the fix|the replacement|the refund|the new one) (had )?(worked|was working|arrived|had arrived|went through|had gone through|was right|was fine|was there)",
        "(chased|kept chasing|kept on at|stayed on|kept checking) (the|it|our|them|the warehouse|the courier|the supplier|head office)",
        "(kept|kept her|kept him|kept them) (updated|informed|posted|in the loop)",
        "(told|let|updated|warned) (the queue|everyone|everybody|them|her|him|the others|the customers|the people waiting|each of them) (know )?(it would be|how long|what was happening|when|that i would|i would be|we would be|i was|where)",
        "(as promised|like i promised|as i promised|when i said i would)",
    ],
}

# --- the customer's side ---------------------------------------------------------------

CUSTOMER_NEED = [
    # one alternation after the subject, so the subject is matched once per position
    subject_then(
        "(had|has) (called|rang|phoned|come in|been in|written|emailed)? ... (about|because|with|to say|asking)",
        "(called|rang|phoned|came in|came into|walked in|wrote in|emailed|messaged|complained|contacted us) (about|because|with|to say|asking|in)",
        "(had no idea|did not know|was not sure|was lost|had never|was new to|could not find|could not work out)",
        "(was|were|had been) (paying|being charged|charged|overcharged|stuck|left|without|missing|locked out|cut off|unable|on hold|going to miss|about to)",
        "(could not|was not able to|had no way to|did not know how to) (get|use|pay|access|log|travel|make|reach|find|afford|understand|connect|open|read)",
        "(really|just|only|desperately|badly)? (needed|wanted|was (worried|scared|anxious|relying|counting|desperate|panicking|afraid|hoping|trying|looking|dreading|nervous|stressed|upset|confused|embarrassed|frustrated|angry)|had been (waiting|trying|calling|chasing|struggling)|cared about|was due|had (a|an|her|his|their) ... (party|flight|appointment|deadline|wedding|exam|interview|event|meeting|train|birthday))",
        "(had|was with) (a|an|her|his|their) ... (child|baby|kids|children|son|daughter|mother|father|mum|dad|dog|partner|husband|wife) ... (waiting|in the car|at home|with (her|him|them)|to look after|to collect)",
        "(had|needed) to (get back|catch|pick up|collect|be at|leave|get to|make)",
        "(rang|rang up|called|called up|phoned|came|came in|came back|came up|walked in|walked up|arrived|turned up|wrote|wrote in|emailed|messaged|got in touch|approached me) ... (worried|scared|anxious|desperate|panicking|upset|stressed|confused|angry|furious|frustrated|in tears|crying|because|about|asking|looking for|wanting|needing|in a panic|in a rush)",
        "(was|were) (in a state|beside (herself|himself|themselves)|shaking|panicky|in a panic|at (her|his|their) wits end)",
        "(was|were|would|had) (looking for|after|hoping for|trying to find|searching for|asking for|asking about)",
    ),
    SUBJECT_CUSTOMER + " ... (was|were|had been) (really|so|very|quite|clearly|visibly|a bit|pretty|extremely)? (worried|scared|anxious|desperate|panicking|afraid|upset|stressed|confused|embarrassed|frustrated|angry|furious|distressed|in tears|crying|heartbroken|overwhelmed)",
    "(for|to) (her|him|them) (it|this|that) (was|meant|mattered)",
    "(what|how much) (she|he|they|the customer|it) (really )?(needed|wanted|mattered|meant)",
    "(her|his|their) (main|biggest|real|only) (worry|concern|fear|priority|problem|goal)",
    SUBJECT_CUSTOMER + " ... (was|were|had been) (close to|near|on the verge of|almost in|nearly in) tears",
    "(she|he|they|the customer) (works|worked|was working) from home",
    "(relied|relies|depended|depends|was relying|was counting) on (it|the|her|his|their|us)",
    "(people|customers|callers|guests|clients|diners|tables|a man|a woman|someone) (were |was |had been |left )?(waiting|queuing|queueing|on hold|stuck in the queue)",
    # the customer's circumstances: an occasion, a deadline, an allergy, illness, a bereavement, money worries
    "(it was|it is|this was|that was|for) (her|his|their) (<num>th|<num>st|<num>nd|<num>rd|first|second|tenth|twentieth|twenty fifth|thirtieth|fortieth|fiftieth|sixtieth|golden|silver|ruby|diamond|pearl|big|special|wedding|own)? (anniversary|birthday|wedding|honeymoon|retirement|graduation|leaving do|engagement|christening|baby shower|hen do|stag do|first holiday|first trip|holiday of a lifetime)",
    "(anniversary|birthday|wedding|funeral|honeymoon|christening|graduation) (was|is|that|the next|tomorrow|on|this|coming up|in)",
    "(she|he|they|her|his|their|the customer) (son|daughter|child|kid|baby|husband|wife|partner|mum|mother|dad|father|grandson|granddaughter|nan|gran|grandmother|grandfather)? (was|were|is|are|had been) (severely|seriously|very)? (allergic|coeliac|celiac|diabetic|vegan|pregnant|disabled|deaf|blind|autistic|in a wheelchair|housebound|recovering|unwell|ill|sick|poorly|in hospital|off work|on chemo)",
    "(nut|peanut|gluten|dairy|egg|sesame|shellfish|severe|serious|food) (allergy|allergies|intolerance)",
    "(her|his|their) (late|recently passed|recently deceased) (husband|wife|partner|mum|mother|dad|father|son|daughter|brother|sister|friend|dog)",
    "(had|had just|had recently|recently) (passed away|died|lost (her|his|their) (husband|wife|partner|mum|mother|dad|father|job|son|daughter|home))",
    "(grave|funeral|bereavement|memorial|in memory of|passed away)",
    "(her|his|their) (son|daughter|child|kid|baby|husband|wife|partner|mum|mother|dad|father|dog|cat) (was|had been|is) (sick|ill|unwell|poorly|in hospital|waiting|in the car|at home alone|crying|missing)",
    "(could not|can not|cannot) afford",
    "(money|cash|things) (was|were) (tight|short|difficult)",
    "on a (tight|fixed|small|limited) (budget|income|pension)",
    "(worried|worrying|stressed|anxious) (about|over) (money|the cost|the bill|paying|the price|rent|being charged)",
    "(every|each) (penny|pound|dollar) (counted|mattered)",
    "(needed|had to have|wanted|had to get|must have) (it|them|everything) ... (by|for|before) (tomorrow|tonight|the morning|the next day|the weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|<num>|the (wedding|funeral|party|flight|interview|exam|meeting|event|trip))",
    "(flight|train|wedding|interview|exam|funeral|party|event|appointment|operation|surgery|presentation|holiday|trip|deadline) (was|is|left|leaves|was due|started|starts) (the next|tomorrow|that|in <num>|in (an|one|two|three|a few|half an)|first thing|early|at <num>)",
    "(had|had been|would) (booked|planned|saved|saved up|waited|been looking forward) ... (a year|months|ahead|in advance|for months|for years|for ages|all year|since)",
    "(first|only) (holiday|trip|night out|break|time away) (in|for) (years|ages|months|a long time)",
    "(asked|found out|learned|learnt|worked out|understood|realised|realized) (what|why|how much) ... (meant|mattered|was for|was important|needed|wanted) (to|for)? (her|him|them)?",
    "(meant|mattered|meant so much|meant a lot) to (her|him|them|the customer|the couple|the family)",
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
    "so (nobody|no one|they|she|he|the customer|everyone) (felt|feel|would feel|was left feeling) (forgotten|ignored|rushed|left out|stupid|embarrassed|abandoned|like)",
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
    "(since then|from then on|ever since|these days|nowadays|after that|now) (i|we) (always|make sure|try|check|double check|write|set|take|ask|never|read|say|confirm|use|keep|added|put|changed|do)",
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
    "i would say (that|it|it is|i|maybe|probably|this|there|about|around|roughly|so|mostly|my)",
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

# --- attitude: what makes a coach stop listening -----------------------------------------
# Each kind lists how candidates actually let it slip. Matched on the cleaned sentence; a negator
# just before the phrase ("I never hung up on him") or a reflective frame ("rather than", "instead of")
# cancels it. Denials carry their own negation, so they are matched as written.

RED_FLAGS: dict[str, list[str]] = {
    "contempt": [
        "(customers|people|most people|some people|some customers|the public|callers|guests|clients|these people|half of them|most of them|they) (are|were|can be) (just )?(all )?(so |really |complete |total |absolute |such )?(idiots|stupid|morons|dumb|thick|clueless|useless|hopeless|pathetic|a pain|a nightmare|the worst|entitled|ridiculous|brainless|sheep|animals|children|lazy|impossible to please)",
        "(she|he|the customer|the caller|the guest|this guy|this woman|this man) (is|was) (just )?(such )?(a|an)? (complete |total |absolute |proper |real )?(idiot|moron|stupid|dumb|brainless|pain|nightmare|entitled|pathetic|ridiculous|karen|joke)",
        "(some|most|a lot of|half the|these) (customers|people|callers|guests|clients) (just )?(want|like|love|live) to (shout|moan|complain|argue|whinge|scream|kick off|be difficult|cause trouble|get something for free|waste)",
        "(stupid|idiotic|dumb|ridiculous|pathetic|silly|pointless|moronic) (customer|customers|question|questions|people|person|complaint|complaints|caller|callers|request)",
        "(could not|can not|do not|did not) care less",
        "(i )?(rolled my eyes|laughed at (her|him|them|the customer)|laughed about (her|him|them) with)",
        "(obviously|clearly|of course) (she|he|they|the customer) (had not|could not|did not|never) (bothered|read|listened|understood)",
        "(why|how) (can|could) (people|customers|they|some people) not (just )?(read|listen|understand|follow)",
        "some people (just )?(never learn|are like that|do not deserve)",
        "(you|i|we) (can not|will never) (please|help|fix) (everyone|some people|people like that|stupid)",
        "(not|never) (worth|worthy of) (my|the) (time|effort)",
        "(i )?(just )?(smiled|nodded) and (ignored|pretended)",
        "(they|customers|people) (always|all) (lie|lying|try it on|want something for nothing)",
    ],
    "retaliation": [
        "(i|so i|then i) hung up on (her|him|them|the customer|the caller)",
        "(told|said to) (her|him|them|the customer|the caller) (where to go|to shut up|to get lost|to go away|to go elsewhere|to take (her|his|their) business elsewhere|off|what i thought of (her|him|them)|to grow up|to calm down or)",
        "(made|kept|let|left) (her|him|them|the customer|the caller) (wait|waiting|on hold|sitting there|stew) ... (on purpose|deliberately|to teach|for a while on purpose|longer than (i|we) needed|as payback|so (she|he|they) would learn|to calm down|to cool off)",
        "(put|left|kept) (her|him|them|the customer|the caller) on hold ... (on purpose|deliberately|to teach|as payback|so (she|he|they) (would|could) (calm|cool|learn|give up))",
        "(on purpose|deliberately|out of spite|as payback|to get back at)",
        "(swore|shouted|yelled|snapped|screamed) (back )?at (her|him|them|the customer|the caller)",
        "(gave|give) (her|him|them) (a taste of (her|his|their) own medicine|what (she|he|they) deserved|attitude back|some attitude)",
        "(got|gets|get) (my|our) own back",
        "(refused|refuse) to (serve|help|deal with|speak to|talk to) (her|him|them|the customer|the caller)",
        "taught (her|him|them) a lesson",
        "(i was|i got|i became) (rude|sarcastic|short|snappy|cheeky) (back|with (her|him|them)|to (her|him|them))",
        "(i )?(ignored|blanked) (her|him|them|the customer|the caller) (until|for|and|on purpose)",
        "(i|we) (banned|threw out|kicked out) (her|him|them|the customer)",
    ],
    "blame": [
        "(it was|that was|this was|it is|was) (all )?(the|our|my|their) (warehouse|system|computer|colleague|colleagues|manager|company|kitchen|chef|delivery|courier|other department|it team|head office|supplier|team|boss|previous shift|night shift|new girl|new guy|trainee|software|till) ... fault",
        "(was|were|is) (the|their|his|her) fault not (mine|my)",
        "(it|that|this) (was|is) not (my|really my) (fault|problem|job|responsibility|mistake)",
        "(not|never) my (fault|problem)",
        "(colleague|colleagues|the other staff|the other team|other departments|the warehouse|the kitchen|the system|the company|management|head office|my manager|my boss|my team|the courier|the delivery drivers|the supplier|the chef|they) (always|constantly|kept|keep|never) (mess|messed|messes|messing|get|got|make|made|makes|screw|screwed|screws|forget|forgot|lose|lost|mix|mixed) ... (up|wrong|mistakes|things|orders|it)",
        "you can not (trust|rely on) (other departments|colleagues|anyone|the warehouse|the system|management|your team)",
        "my (old|last|previous|former) (boss|manager|employer|company|job|team|colleagues|supervisor) (was|were|is|are) (useless|terrible|awful|a nightmare|rubbish|clueless|incompetent|a joke|hopeless|lazy|toxic)",
        "(useless|incompetent|lazy|stupid|clueless|hopeless) (colleague|colleagues|coworker|coworkers|manager|managers|team|system|boss|staff|warehouse|company|management)",
        "(because|since) (of )?(my|the) (colleague|manager|warehouse|system|kitchen|courier) (had )?(messed|screwed|got it wrong)",
    ],
    "hides-behind-policy": [
        "(rules are rules|policy is policy|the rules are the rules|computer says no|a rule is a rule|rules is rules)",
        "(told|said to|explained to) (her|him|them|the customer|the caller) (that )?(there was|there is|there was just|there was really) nothing (i|we) (could|can|were able to) do",
        "(said|told (her|him|them)) (the|my) manager would (say|tell (her|him|them)) the same",
        "(refused|would not|did not|wouldn't) (to )?(get|call|fetch|involve|put (her|him|them) through to) (the|a|my) (manager|supervisor)",
        "(it is|it was|that is|that was) (just |simply )?(the |our |company )?(policy|the rules) (so|end of|and that is)",
        "(just |simply )?(pointed|read|referred) (her|him|them|the customer)? (to )?(the|our) (policy|terms|terms and conditions|rules|sign) and",
        "(not|never) my job to",
        "(i|we) (just )?(said|told (her|him|them)) no and (left it|that was it|moved on|walked away|served the next)",
    ],
    "denies-premise": [
        "i (do not|never|rarely|honestly do not|honestly never|really do not) (really |ever |actually )?(make|made|have made) (mistakes|any mistakes|errors|a mistake|an error)",
        "i (have|have honestly|have genuinely) never (made|had) (a|any) (mistake|mistakes|error|errors|bad day|bad days|complaint|complaints|unhappy customer|difficult customer|angry customer)",
        "i (do not|never|honestly do not|honestly never|really do not) (really |ever |actually )?(have|get|feel) (bad days|a bad day|off days|stressed|stress|angry|frustrated|annoyed|upset|tired|in a bad mood|bad moods)",
        "i (am|am just) (never|not) (really )?(stressed|in a bad mood|grumpy|tired|wrong|the one who makes mistakes)",
        "(bad days|stress|mistakes) (do not|never|just do not) (really )?(happen to|affect|bother) me",
        "i (always|just always) know (the answer|everything|what to say)",
        "(i have|i have honestly|i have genuinely) never (had|met|dealt with) (to say no|a customer i could not)",
        "i am (basically )?(perfect|never wrong)",
    ],
    "bluffing": [
        "(make|made|making|makes) (something|an answer|stuff|things|it) up",
        "(bluff|bluffed|bluffing|blag|blagged|blagging|wing it|winged it|winging it|fake it|faked it|faking it|busk it|busked it)",
        "(just|would|will|to|you) (guess|guessed|take a guess|took a guess|have a guess)",
        "(i|so i|and i) (guessed|took a guess|had a guess) (and|the|it|that|what|which|at|based)",
        "(give|gave|giving) (them|her|him|the customer) (my )?(best )?guess",
        "(just|would|will|i would|i will|i just|so i) guess (the answer|it|what|and hope)",
        "(told|tell|said|say) (her|him|them|the customer|yes) ... (even though|although|when) (i|we) (was not sure|were not sure|did not know|had no idea|was not certain)",
        "(say|said|tell|told) (something|anything) (that sounds|to keep (her|him|them) happy|to get rid of)",
        "(customers|people|they) (do not|never) (want to )?(hear|know) (the difference|that you do not know|i do not know)",
        "(never|do not|not) (admit|say|let on) (that )?(you|i) (do not|did not) know",
        "(sound|sounding|act|acting) (confident|like (i|you) know)",
    ],
}
# Sentences that already answer the red flag: "it was not my fault, but I still apologised", "I don't really
# get stressed, but when I do...", "customers can tell when you make something up".
RED_FLAG_EXCUSED: dict[str, list[str]] = {
    "contempt": ["(people|some people|colleagues|some colleagues|my old manager|they) (say|said|think|thought|used to say)", "(not|never) (think|thought|say|said|call|treat|see)"],
    "blame": ["(but|so) (i )?(still|anyway|even so|regardless|i owned|i took|i apologised|i apologized|i fixed|i sorted)", "even though", "(still|anyway) (apologised|apologized|owned|took)",
              "not (my|really my|strictly my|technically my) (job|role|responsibility|department) ... but", "but (it was|i did|i still|i went|i decided|i rang|i called|i stayed|i took|i wanted|i thought)"],
    "hides-behind-policy": ["(but|so|then|and) (i )?(offered|suggested|found|explained|checked|asked|got|called|fetched|escalated|gave)", "(instead|alternative|what i could do|what we could do)",
                            "not (my|really my|strictly my|technically my) (job|role|responsibility|department) ... but", "but (it was|i did|i still|i went|i decided|i rang|i called|i stayed|i took|i wanted|i thought) (within|allowed|fine|okay|ok)?"],
    "denies-premise": ["but (when|if|on|there are|sometimes|everyone|of course|i do|it does|they do)", "(sometimes|of course|everyone)"],
    "bluffing": ["(rather than|instead of|can tell|can spot|will notice|always notice|never (guess|bluff|make))"],
    "retaliation": ["(took a breath|took a deep breath|started again|start again|caught myself|calmed myself|reset|collected myself|came back (calmer|and)|apologised|apologized|said sorry)"],
}

# A first-person frame that takes the sting out: "I'm not proud of it", "looking back I should not have".
RED_FLAG_REGRET = [
    "(not proud|i regret|regretted|should not have|i was wrong|looking back|i used to|never again|i would never|i will never|was a mistake on my part|the old me|younger me)",
]

# Superhuman heroics an interviewer will not believe.
IMPLAUSIBLE = [
    "(drove|driving|drive|travelled|traveled|cycled|ran|walked) (over |about |nearly |almost |at least )?(<num>00|<num>,<num>|a hundred|two hundred|three hundred|four hundred|five hundred|hundreds of) (miles|kilometres|kilometers|km) ... (in|within|under) (<num>|an|one|two|three|half an) (hour|hours|minutes)",
    "(rebuilt|rewired|soldered|re soldered|resoldered|reprogrammed|rebuilt|made|built) (a new |the |its |his |her |their |a )?(motherboard|chip|microchip|circuit board|logic board|processor|cpu)",
    "(rebuilt|rewrote|recoded|built|wrote) (the|a|their|his|her|our)? (whole|entire|new) (system|website|app|database|network|software|platform) (overnight|in one night|in a night|in an hour|in a few hours|by morning|by the morning|at midnight|single handedly|on my own)",
    "(single handedly|single handed|all by myself) (saved|rescued|turned around) (the|a|an|our) (company|business|store|branch|whole|entire)",
    "(<num>00|hundreds of|thousands of|a thousand) (customers|calls|people|tables|orders) (an hour|in an hour|a minute|in a minute|at once|at the same time) (by myself|on my own|alone|single handedly)",
]

# What a company value asks for, in pillar terms, so a story can embody it without naming it.
VALUE_PILLARS: dict[str, str] = {
    "empathy": r"\b(care|caring|cares|warm|warmth|kind|kindness|patien|human|listen|empath|compassion|heart|respect|gentle|understand)",
    "reliability": r"\b(own|ownership|accountab|reliab|depend|promise|do what we say|keep (our|your) word|first time|follow|consisten|trust|deliver)",
    "knowledge": r"\b(accura|expert|knowledge|know|right first|fix it|quality|precis|correct|learn|curious)",
    "responsiveness": r"\b(fast|quick|speed|prompt|simple|easy|effortless|no fuss|respons|time)",
    "personalization": r"\b(by name|personal|community|every (guest|customer|member|patient)|local|belong|delight|surprise|extra mile|above and beyond|neighbour|family)",
    "professionalism": r"\b(straight|honest|integrity|respect|clear|plain|transparen|calm|professional|courte)",
}
