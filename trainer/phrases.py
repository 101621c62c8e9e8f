"""Phrase families: how real people say each thing a service reply can do.

Written from how agents and customers talk, in several constructions per behaviour,
not from any test set. Each entry is a phrase pattern (see ``trainer.patterns``).
Negation is handled by the caller, so families list the positive form only.
"""

FEELING_WORDS = (
    "(awful|terrible|horrible|frustrating|frustrated|upsetting|upset|disappointing|disappointed|stressful|stressed"
    "|annoying|annoyed|hard|difficult|rough|heartbreaking|heartbroken|maddening|infuriating|worrying|worried|anxious"
    "|a nightmare|gutting|gutted|a shame|a pain|let down|devastating|devastated|sad|painful|scary|exhausting|exhausted"
    "|tough|unfair|not okay|not ok|not good enough|unacceptable|inconvenient|a hassle|no fun|angry|furious|irritating"
    "|overwhelming|overwhelmed|lonely|alone|hurtful|hurt|confusing|confused|a letdown|embarrassing|draining|awkward|bad|rubbish"
    "|frightening|frightened|alarming|alarmed|livid|rotten|nervous|scared|shocking|shocked|horrendous|dreadful|miserable"
    "|exasperating|galling|disheartening|unsettling|concerning|distressing|distressed|a worry|a real problem|a real pain"
    "|a big deal|a lot to deal with|so much to deal with|heartbreaking|crushing|cruel|infuriating|exhausting|worse|the worst"
    "|sucks|stinks|hurts|horrid|ashamed|hopeless|helpless|isolated|trapped|terrified|panicked|panicking)"
)

GREETING = [
    "(hi|hello|hey|hiya|greetings|welcome)",
    "good (morning|afternoon|evening|day)",
    "morning",
    "thank(s| you) for (calling|contacting|reaching out|getting in touch|coming in|your call|your message|writing|chatting)",
    "(my name is|you are speaking (with|to))",
    "this is ... (speaking|from|at|here at|with (you|the))",
]

THANKS = [
    "thank you",
    "thanks",
    "(much|really|greatly|truly) appreciated",
    "(i|we) (really|truly|do|greatly)? appreciate (it|that|this|your|you|the)",
    "grateful",
    "cheers",
]

APOLOGY = [
    "(i am|we are|so|really|truly|very|terribly|deeply|awfully|genuinely|sincerely) sorry",
    "(i am|we are) (so|really|truly|very|terribly)? sorry",
    "sorry (about|for|that|this|to|it|again|we|you)",
    "^sorry",
    "(my|our|sincere|sincerest|deepest|humble) apolog*",
    "(i|we) apologi*",
    "(please )?accept (my|our) apolog*",
    "(excuse me|pardon me|forgive me)",
    "(i|we) regret",
    "(that|this|it) (should|ought to) (never|not) have happened",
    "(we|i) (let you down|dropped the ball|got (this|that|it) wrong|messed (this|that|it)? up|made a mistake|should have done better|failed you)",
    "(that|this) is (on us|our fault|our mistake|my mistake|my fault)",
]

OWNED_FAULT = [
    "(we|i) (let you down|dropped the ball|got (this|that|it) wrong|messed (this|that|it)? up|made a mistake|made an error|should have done better|failed you|slipped up)",
    "(that|this|it) (is|was) (on us|on me|our fault|my fault|our mistake|my mistake|our error|my error)",
    "(that|this|it) (should|ought to) (never|not) have happened",
]

GENERIC_APOLOGY = [
    "(sorry|apolog*|regret) (for|about)? (the|any)? (inconvenience|inconveniences|trouble caused|issue|issues)",
    "(sorry|apolog*) (for|about)? any (inconvenience|trouble|issue|confusion|frustration)",
    "sorry (about|for) (that|this)$",
    "we apologi* for any",
]

EMOTIONAL_REACTION = [
    "(that|this|it|which|what a) (is|was|must be|must have been|sounds|sounded|would be|would have been|seems|feels|has been|has to be|can be|is just|was just)? (so|really|very|incredibly|truly|such|absolutely|super|pretty|understandably|quite|a)? " + FEELING_WORDS,
    "(must|would|will|might) (be|have been|feel|have felt) (so|really|very|incredibly|truly|pretty|quite|such|a|super|extremely)? " + FEELING_WORDS,
    "(sounds|sounded|seems|seemed|looks) (so|really|very|incredibly|truly|pretty|quite|like a|super|extremely)? " + FEELING_WORDS,
    "(how|what a) (awful|terrible|horrible|frustrating|upsetting|disappointing|stressful|annoying|sad|disappointment|letdown|shame|nightmare|pain|worry)",
    "(oh no|oh dear|oh gosh|oh man|oh wow|ugh|yikes|goodness)",
    "(is|was|are|were|be|been|sounds|sounded|feels|felt|seems) (so|really|very|incredibly|truly|genuinely|absolutely|understandably|pretty|quite|just|such)? (a|an)? (really|truly|genuinely)? " + FEELING_WORDS + " (thing|experience|start|end|situation|position|way|surprise|morning|day|evening|week|time)?",
    "(bad|hard|tough|rotten|rough) luck",
    "(what a|such a|that is a|that is such a) (shame|pity|pain|bummer|drag|nuisance|let down|letdown)",
    "(drive|driving|drove) (anyone|anybody|you|me|someone) (up the wall|mad|crazy|round the bend|nuts)",
    "(i would|anyone would|anybody would|i would have) (be|feel|have been) (livid|furious|upset|fuming|angry|gutted|annoyed|frustrated|the same|worried|nervous) (too|as well)?",
    "(completely|totally|perfectly|really|entirely) (normal|natural|understandable) to (feel|be)",
    "(it is|that is) (completely|totally|perfectly|really|entirely)? (normal|natural|understandable|okay|ok|fine) to (feel|be) (nervous|worried|anxious|upset|scared|frustrated|angry|overwhelmed)",
    "(lovely|wonderful|great|so nice|brilliant|fantastic) to hear",
    "(so|really|very) glad (he|she|they|you|it|nobody|no one|everyone)",
    "(the )?last thing (you|anyone|she|he) (want|wants|wanted|need|needs|needed|expected)",
    "not (what|the way) (you|anyone) (wanted|needed|expected|hoped|deserve)",
    "(what|such) a (horrible|terrible|awful|rotten|stressful|rough|frustrating|disappointing) (thing|start|surprise|experience|morning|day|week|situation)",
    "sorry to (hear|learn|see|read)",
    "sorry (that )?(you|your|she|he|they|this|that|it|the) ... (had|have|has|went|are|were|was|is|got|did not|happened|arrived|came|broke|broken|damaged|missing|late|through|going)",
    "sorry (you are|you have been|you were|you had|you went)",
    "(i|we) (can|could) (only )?(imagine|see|hear|tell|understand) (how|what|why|that) ... (feel*|frustrat*|upset*|disappoint*|annoy*|worr*|stress*|hard|difficult|must|hurt*|hurts|awful|terrible|matter*|important|mean*)",
    "(i|we) (completely|totally|absolutely|really|fully|truly|do|can)? understand (how|why|your|the|that) ... (frustrat*|upset*|disappoint*|annoy*|worr*|stress*|anger|angry|concern*|feel*|hard|difficult|important)",
    "(you|you are|you must be|you must feel|you must have been|you have been|you would be|you were|you sound|you seem|you feel|you are feeling|you have every right to be|you have every reason to be) (so|really|very|understandably|feeling|quite|pretty)? " + FEELING_WORDS,
    "(no wonder|of course|understandable that|naturally) you (are|were|feel|felt|sound|would be)",
    "(understandably|rightly|justifiably|naturally) (so )?" + FEELING_WORDS,
    "i would (be|feel) (just as|so|really|very|equally)? " + FEELING_WORDS + " (too|as well)?",
    "i would (feel|be) the same",
    "in your (shoes|position|place)",
    "(i|we) hate (that|to hear|hearing|when)",
    "(i|we) (feel|felt) (terrible|awful|bad|horrible|so bad) (about|that|for)",
    "(that|this) (is|was) not the (experience|service|standard) (we|you|anyone)",
    "you (deserve|deserved) (better|more|a better)",
    "(my|our) heart (goes out|sank|breaks)",
    "(that|this) (really )?(matters|meant|means) (a lot|so much)",
    "(what|such) a (disappointment|letdown|shame|nightmare|pain|worry|relief)",
    "(i am|i'm|we are|so|really) (glad|happy|relieved|pleased|thrilled|delighted) (to hear|that|you|for you)",
    "(must|would) (have )?(come as|been) (a )?(shock|blow|surprise)",
    "(i|we) (really )?(feel|felt) (for|with) you",
    "(i am|we are) (here for|with) you",
    "(sending|sending you) (hugs|love|strength|good vibes)",
    "(hang in there|stay strong|you (have|got) this|you are not alone|take care of yourself)",
]

INTERPRETATION = [
    "(so|okay so|right so|ok so)? (it )?(sounds|seems|looks) like",
    "(if i (understand|have this right|have got this right|am hearing you)|if i understood)",
    "(let me|just to|can i|i want to|i would like to|to) (make sure|check|confirm|be sure|double check) (that )?(i|we) (understand|have|got|heard|am clear)",
    "(am i right|is that right|is that correct|did i get that right|have i got that right|correct me if)",
    "(what i am hearing|what i hear|what you are saying|what you mean) (is|then)",
    "(you are|you were) (saying|telling me|worried|concerned|hoping|expecting|counting on|looking forward|planning)",
    "(so )?(the|your) (main )?(worry|concern|issue|problem|priority|goal|fear|question|point) (is|here is|being|was)",
    "(so )?you (need|want|would like|are after|were hoping for|had hoped|had planned|were planning|were counting on|are looking for) ... (by|before|for|in time|on|today|tomorrow|friday|saturday|monday|tuesday|wednesday|thursday|sunday|again|back|the same|instead)",
    "(you|your) ... (counting on|looking forward to|planned|special|meant a lot|meant so much|important to you|matters to you|means a lot)",
    "i (understand|see|get|hear|realise|realize|appreciate|know) (that|how|why|what|you|your) ... (you|your|she|he|they|her|his|their|it)",
    "i (can )?(see|understand|get|hear) (where you are coming from|your point|why you|what you mean|what you are saying)",
    "(i|we) (have|had) (been through|experienced|had|dealt with|gone through) (something|the same|a similar|this|that)",
    "(the same|something similar) (has|had) happened to me",
    "(in other words|to sum up|to recap|so to confirm|just to recap|to summarise|to summarize)",
    "(after|with|given|since|because) ... (you|your|she|he|her|his) ... (no wonder|it makes sense|understandabl*|must)",
    "(that|it) makes (total|complete|perfect)? sense (that|why|you)",
    "i remember (standing|being|feeling|when|how|what it)",
    "(happened|has happened|happens) to (me|us|my|our)",
    "(i have|we have|i have also) been there",
    "i know (the feeling|what it is like|how it feels|how that feels|how hard|how frustrating|how stressful)",
    "(completely|totally|perfectly|very|really|so|quite) (normal|natural|understandable|common) (to|not to|that you|that it)",
    "(lots of|many|most|plenty of) (people|customers|parents|families) (feel|find|worry|get|are|struggle|do not)",
    "you (are|were) not (stupid|silly|alone|the first|the only|overreacting|being unreasonable|imagining|wrong|to blame|at fault|a failure|weak|crazy|broken)",
    "(does not|do not|did not) make you (a failure|stupid|weak|a bad|less|crazy|broken|worthless)",
    "would (make|have|get|leave|drive) (anyone|anybody|me|most people|everyone|someone)",
    "(is|was) (exactly )?what (we do not|nobody|no one) (want|wants)",
    "(is|was) not (just )?(an annoyance|a small thing|a minor thing|nothing)",
]

GENERIC_UNDERSTANDING = [
    "i (completely |totally |fully |absolutely |really |do )?(understand|see|get it|hear you|hear what you are saying|know how you feel|understand how you feel|understand your frustration|understand your concern)",
    "(totally|completely|fully) understand",
    "understood",
    "i know (what you mean|how (that|it) feels|the feeling)",
]

EXPLORATION_STRONG = [
    "what (matters|would matter|is) (most|more|the most important|important) (to you|for you|here)?",
    "what would (help|make (this|it|things) (right|better|easier)|you like (us|me) to do|work (best|better)? for you|be (most )?helpful|be ideal|be best)",
    "(how|when|what) ... (do|would|will|did) you (need|want|prefer|like|hope|expect|have in mind|feel)",
    "how (are|have) you (feeling|doing|holding up|coping|managing|been)",
    "(are|were) you (okay|ok|alright|all right|feeling|worried|planning|hoping|able|still)",
    "(do|would|could|can|did|have|is|was|will) (you|it|she|he|they|your|that|this|there) ... (need|want|prefer|like|help|work|matter|be|like to|mind|have|happen|arrive|mean|feel|okay|ok|enough)",
    "(tell me|could you tell me|can you tell me|would you tell me) (more|a bit more|about|what|how|when)",
    "what (happened|is going on|went wrong|did you|do you|time|day|date|kind|sort|type|size|flavour|flavor|style)",
    "(when|by when|by what (time|date|day)|how soon) (is|do|does|did|would|will|are|can|should)",
    "is there (a|any) (reason|deadline|date|time|particular|specific|preference)",
    "(anything|something) (in particular|specific) (you|that)",
]

EXPLORATION_GENERIC = [
    "how (can|may|could|might) (i|we) (help|assist|be of help)",
    "what can (i|we) do for you",
    "(is there )?anything else (i|we) can (help|do|assist)",
    "anything else",
    "(any|do you have any|are there any) (other )?(questions|concerns)",
    "(what|how) can i (help|do)",
]

OFFER = [
    "(i|we) (can|could|will|would be (happy|glad|able) to|am going to|are going to|would like to|want to|are able to|am able to|will be able to|would love to) ... (send|offer|give|replace|refund|make|arrange|set|get|ship|upgrade|add|put|book|credit|waive|prepare|swap|recommend|suggest|organise|organize|sort|fix|issue|process|cover|expedite|rush|reserve|hold|keep|remake|reship|dispatch|provide|email|courier|deliver|bring|pour|brew|grind|include|throw in|take care|look after)",
    "(how about|what about|would you like|would you prefer|would it help if|may i suggest|might i suggest|can i offer|could i offer|can i suggest|could i suggest|i suggest|i would suggest|i recommend|i would recommend|my recommendation|one option|another option|the best option|you could try|you might like|you can have|you could have|you are welcome to|feel free to)",
    "(you want|do you want|want to|wanna|you like|you would like) (to )?(try|have|take|get) (the|a|an|some|it|this|that)",
    "(can|could|shall|may) (i|we) (make|get you|do you|offer|send|set|put|swap|try|arrange|book|give|pour|brew|sort|switch|change)",
    "let me (send|get you|make|arrange|set|put|book|organise|organize|sort|fix|process|replace|refund|upgrade|add|take care|handle|reserve|hold|grab|pour|brew|place|raise|start|expedite|rush|email)",
    "(i have|i have just|i have already|we have|we have just|i just|i already|i went ahead and|i have gone ahead and) ... (sent|arranged|set|put|booked|added|processed|replaced|refunded|upgraded|placed|raised|ordered|issued|reserved|credited|waived|applied|made|started|expedited|emailed|flagged)",
    "(a|the) (replacement|refund|new one|credit|voucher|discount|upgrade) (is|will be|has been) (on its way|coming|sent|ready|processed|arranged|yours|applied)",
    "(happy|glad|pleased) to (help|send|offer|replace|refund|make|arrange|sort|fix|do)",
    "(on the house|on us|free of charge|at no (extra )?(cost|charge)|complimentary)",
]

COMMITMENT = [
    "(i|we) (will|shall|am going to|are going to|will personally|will make sure|will ensure|will be sure to) ... (send|make|arrange|ship|email|call|text|check|confirm|process|refund|replace|add|get|have|put|book|update|follow|contact|ring|message|deliver|dispatch|engrave|look|sort|fix|keep|watch|track|monitor|escalate|reserve|hold|set|be|do|let|pass|note|flag|give|ensure)",
    "(i|we) (promise|guarantee|give you my word|assure you|commit to)",
    "you (will|are going to|shall) (get|have|receive|see|hear|be)",
    "(it|the (replacement|refund|parcel|package|order|item|box|new one|credit|drink|booking|room|ticket|subscription)) (will|is going to|should) (arrive|ship|go out|be (there|with you|delivered|ready|shipped|processed|refunded|credited|back|in|done|sent))",
    "you (have|got) my word",
    "(ready|with you|done|up|out) in (two|three|five|a few|a couple of|<num>|just a|one) (minutes|minute|mins|min|seconds|moments|moment|ticks|sec)",
    "(coming|be) (right )?up (in|now)",
    "(consider it|it is) done",
]

DONE = [
    "(i|we) (have|have just|have already|just|already|went ahead and|have gone ahead and|have now)? (booked|reserved|sent|refunded|processed|arranged|issued|credited|applied|added|cancelled|canceled|upgraded|ordered|shipped|dispatched|placed|emailed|logged|raised|escalated|set up|sorted|changed|updated|fixed|reset|waived|extended|put through|moved|switched|swapped|started|flagged|reversed|voided|replaced|transferred|approved|authorised|authorized|scheduled|rebooked|removed|booked in|put aside|set aside|saved|held|kept|texted|messaged|rung|called)",
    "(it|that|this|everything|your (refund|replacement|order|booking|room|credit|money|subscription|payment|table|appointment|request|account)|the (refund|replacement|order|booking|room|credit|money|charge|payment|table|appointment|request|duplicate charge)) (has been|have been|is now|was just|has just been|is all|is) (booked|reserved|sent|refunded|processed|arranged|issued|credited|applied|added|cancelled|canceled|upgraded|ordered|shipped|dispatched|placed|emailed|logged|raised|escalated|set up|sorted|changed|updated|fixed|reversed|voided|replaced|approved|scheduled|confirmed|taken care of|done|put through)",
    "(all|it is all|that is all|everything is) (done|sorted|set|booked|confirmed|taken care of)",
    "(consider it|it is) done",
    "(i|we) (have|have just|have already|have now|just|already|went ahead and) (taken|given|made|put|paid|brought|bought|found|spoken to|written to|rung|kept) (you|it|the|a|an|your|that|this|them|those)",
]

GOOD_NEWS = [
    "(good|great|happy|brilliant|better|excellent) news",
    "(luckily|fortunately|thankfully|happily|the good thing is|the upside is)",
    "(happy|glad|pleased|delighted|thrilled) to (say|tell you|confirm|report|let you know)",
    "(is|are|it is|they are|we are) (still |now |back )?(in stock|available|back in stock|free|open)",
    "(will|can|should|is going to|is guaranteed to|would) (still )?(arrive|get to you|be there|be with you|be delivered|be ready|reach you|make it|land) ... (in time|before|by|on time|early|ahead of)",
    "in (plenty of |good )?time for",
    "(refund|replacement|request|claim|exchange|upgrade|return|application) (has been|is|was) (approved|accepted|granted|confirmed|authorised|authorized)",
    "(you are|you will be|you are fully) (covered|eligible|entitled)",
    "(we|i) (found|have found|managed to find|managed to get|were able to|was able to|could find)",
    "(it is|it will be|it should be|that is|this is|your (money|refund|replacement|order|parcel|bag|booking)) (on its way|on the way|sorted|fixed|resolved|covered|free|no problem|not a problem|no trouble)",
    "(yes|yep|absolutely|of course|certainly|sure)  (we|i) (can|do|will|have)",
    "(we|i) (do|still) have (it|one|some|them|a few|plenty|stock|a table|a room|a slot|space|availability)",
    "(there is|there are|we have|i have) (a|one|some|plenty of|a few|two|another) ... (available|left|free|in stock|open|spare)",
    "you (will|should|are going to) (get|have|receive|see) (your|the|a|all|every) ... (back|refund|money|replacement|credit|by|before|tomorrow|today|in time)",
    "(it|the replacement|your order|the parcel|your bag|your refund|the refund) (will|should|is going to) (arrive|be (there|with you|delivered|back|ready|in your account)|reach you|get to you|land) (on|by|before|tomorrow|today|within|in|first)",
    "(we can|i can) (do that|make that happen|sort that|fix that|get (it|that|one) to you)",
    "(no|free of|without) (extra )?(charge|cost|fee)",
    "(no need|you do not need|you do not have|there is no need) to (send|return|post|bring|pay|wait|come|fill|do|worry)",
    "(you can|feel free to|please) (keep|hang on to|hold on to) (it|the|that|this)",
    "(on the house|on us|on me|free|complimentary|at no (extra )?(cost|charge))",
    "^(yes|yep|yeah|absolutely|of course|certainly|sure|definitely|no problem)",
    "(is|it is|that is|that is totally|that is definitely) (possible|doable|fine|no problem|not a problem|guaranteed|a sure thing)",
    "(back|in) (in )?stock",
    "(will|should|is going to|is due to) be back",
    "(it|that|the (photo|photos|picture|pictures|receipt)) (is|are) (enough|all we need|plenty|fine)",
]

BAD_NEWS = [
    "(sold out|out of stock|ran out|run out|none left|no more left|all gone|no longer (available|in stock|stocked|sold|made|offered|running)|discontinued|unavailable|not available|not in stock|fully booked|booked up|overbooked|double booked|no (rooms|tables|availability|stock|slots|seats|spaces|places) (left|available|free)?)",
    "(unfortunately|i am afraid|i am sorry to say|sorry to say|sadly|regrettably|bad news|the bad news|i hate to tell you|i have to tell you|the problem is|the thing is)",
    "(will|can|would|is going to|could) not (arrive|get there|get to you|be there|be delivered|make it|reach you|be ready|be back|get it to you|have it) ... (in time|by|before|until|on time|for)",
    "(is|are|was|were|has been|have been) (delayed|cancelled|canceled|lost|held up|stuck|late|missing|declined|rejected|denied|refused|not covered|non refundable|non-refundable)",
    "(not|no longer) (possible|allowed|permitted|an option|eligible|covered|refundable|available)",
    "(we|i) (do not|no longer) (have|stock|carry|sell|make|offer) (any|it|that|them|those)",
    "(we|i) (have|had) (nothing|none|no)",
]

PERSONAL_QUESTION = [
    "how are (you|things|you doing|you keeping|you holding up)",
    "how (is|was|has) (your|the) (day|morning|evening|week|weekend|trip|holiday)",
    "how have you been",
    "(what is|what was|what are) (your|her|his|their|the) (little one's |daughter's |son's )?(name|names|age|favourite|favorite|birthday)",
    "(who|what) is (it|this|the (gift|present|order|booking|room)) for",
    "how old (is|are|will|was|does)",
    "(is|are|was) (it|this|that|the (gift|present)) for (a|an|your|someone|somebody)",
    "(best|preferred|easiest|good) (way|number|time|email|address) to (reach|contact|call|get hold of|email|text|message)",
    "how (would|do|should) (you|we) (like|prefer)? ... (contacted|reached|get in touch|keep in touch|updated|get hold of you)",
    "(email|phone|call|text) or (email|phone|call|text)",
    "what (brings you|are you up to|are you celebrating|are your plans|plans)",
    "(any|got any|do you have any|have you got any) (plans|big plans|nice plans)",
    "(are|were) you (celebrating|planning|going|travelling|traveling|visiting|staying|off|heading|from)",
    "where are you (from|based|travelling|traveling|headed|heading|staying)",
    "(do|did) you have (kids|children|a family|family|pets)",
    "(your|her|his) (name|age) (is|was)",
    "what (would|does|did|do) (she|he|they|your (daughter|son|kid|child|family|partner|wife|husband)) (like|love|enjoy|want)",
    "(when|what time|what day|which day) (is|are|was) (your|the) (party|flight|train|meeting|appointment|event|trip|wedding|birthday|interview|celebration|holiday)",
    "(when|what time|what day) (do|does|did|would|will|should) (you|she|he|they) (need|leave|fly|travel|start|finish|get back|arrive|go)",
    "(will|would|are|is) (you|someone|anyone|somebody) (be )?(home|in|around|there|available|free|about)",
    "(do|does|did) (you|she|he|they) (have|need|work|live|use|mind|travel|drive)",
    "how (is|are|was) (your|the) (daughter|son|family|kids|children|dog|cat|mum|mother|dad|father|partner|wife|husband|little one)",
    "(is|are) (she|he|they|your (daughter|son|kids|family)) (okay|ok|alright|excited|looking forward)",
    "(how|where) (can|should|do) (we|i) (reach|contact|get hold of|call|email|text) you",
    "(what is|is this|is that) (the best|a good|your) (number|email|address|time)",
    "(are|were) you (okay|ok|alright|all right|coping|managing|doing okay|holding up|working from home|at home|at work|on holiday|away)",
]

FOLLOW_UP = [
    "(i|we) (will|shall|am going to|are going to|will personally) ... (email|call|text|message|update|contact|ring|get back to|follow up|check in|send you|let you know|be in touch|reach out|keep you (posted|updated|informed)|confirm|notify)",
    "(you will|you should|you are going to|expect to) (get|receive|see|hear) ... (email|text|message|call|confirmation|tracking|update|notification|link|from (me|us))",
    "(tracking|confirmation|reference) (number|link|email|code|details)",
    "(my|a) (direct )?(line|extension|email|number) (is|so you can)",
    "(case|ticket|reference) number",
    "follow (up|you up|it up)",
]

CLOSING = [
    "(is there )?anything else",
    "have a (great|good|nice|lovely|wonderful|fantastic|safe|brilliant) (day|evening|night|weekend|one|trip|morning|afternoon|party|time)",
    "take care",
    "thank(s| you) (again )?for (calling|contacting|coming in|getting in touch|letting us know|your time)$",
    "enjoy (the|your)",
    "(bye|goodbye|see you|talk soon|all the best|best wishes)",
]

FAREWELL = [
    "(bye|goodbye|see you|talk soon|have a (great|good|nice|lovely|wonderful|fantastic|safe|brilliant) (day|evening|night|weekend|one|trip|time))",
]

BLAME = [
    "you should (have|of) (checked|read|ordered|called|told|been|known|looked|opened|asked|paid|noticed|contacted|packed|kept)",
    "(your|ur) (own )?(fault|mistake|error|problem|responsibility)",
    "(that|this|it) is on you",
    "you (did not|failed to|forgot to|neglected to|never) (read|check|order|follow|fill|enter|include|select|tick|choose|specify|mention|pay|update|confirm|provide)",
    "you (must have|probably|obviously|clearly) (dropped|broke|damaged|entered|typed|ordered|misread|mixed|mishandled|lost|forgot)",
    "you (broke|dropped|damaged|mishandled|misread|messed up|got it wrong|entered the wrong|typed the wrong|ordered the wrong|put the wrong|chose the wrong|picked the wrong)",
    "(because|since|as) you (did not|forgot|failed|never|ordered|entered|chose)",
    "if you had (read|checked|ordered|called|followed|looked|paid|told)",
    "if you (had|would|would have) (pre-ordered|preordered|ordered|booked|checked|read|come|called|arrived|listened|reserved|asked|looked) ... (you would|you could|we could|it would)",
    "(like|as) (we|i) (keep|kept|always) (telling|saying|asking|reminding) (people|you|everyone|customers)",
    "(did|have) you (even )?(read|check|look at|bother)",
    "user error",
    "why (did|would|did not|didn't|have) you (not )?(check|read|open|order|sign|look|accept|leave|choose|pick|enter|type|wait|tell|call)",
    "(should|could) have (read|checked) the (terms|policy|description|instructions|small print|fine print|website)",
    "(read|check) the (small|fine) print",
    "(it|that) (clearly )?says (so )?(on|in) the (website|description|terms|listing|page)",
    "not (our|my) fault (if|that) you",
    "(when|if|because) (people|customers|you|someone|somebody) (force|forced|drop|dropped|mishandle|mishandled|misuse|misused|yank|yanked|pull|pulled|tamper|tampered|overload|overloaded|overfill|overfilled) (it|them|the)",
    "(has|have|had|was|were) been (forced|dropped|mishandled|misused|tampered with|abused)",
    "how did you (open|use|handle|install|break|treat|store|wash|drop|set up|plug)",
    "did you (drop|break|force|damage|mishandle|knock|bang|throw|yank|overwind|wind|sit on|step on|lose) (it|the|them|that)",
    "(are you sure|did you check) (that )?(you|it) (did not|was not|were not) (drop|break|damage|force|open)",
    "(next time|in future|in the future) (you should|try|leave|read|check|make sure|remember|please read|order|book|plan)",
    "(maybe|perhaps) (you should|next time|leave|read|try|check|plan|book)",
    "(leave|order|book|plan|arrive|start|come) (earlier|sooner|in advance|ahead) (next time|in future)",
    "(is|are|was) (the|your|the customer's|the passenger's|the buyer's|the user's|the guest's|the account holder's) (own )?(responsibility|job|problem|fault)",
    "you (were|are) (supposed|meant|expected|required) to",
    "(because|when|if) (customers|people|users|you) (put|place|leave|keep|forget|ignore|do not (check|read|update|follow|keep|plug|restart)|block|move|unplug|install|click)",
    "as you (authorised|authorized|agreed|signed|accepted|chose|ordered|entered|approved|confirmed|clicked) ... (yourself|it|the|that|to)",
    "you should (always|never|double check|double-check|check|make sure|have read|have checked) ... (your|the|before|that|what|it)",
    "you (signed|accepted|agreed to|ticked|clicked) (the|it|that)",
    "(and|with) no (backup|back up|backups)$",
    "(you|which you) (agreed|signed up|consented) to",
    "you (did|have) (it|this) (wrong|incorrectly)",
    "(should|could) have (pre-ordered|preordered|booked|ordered|checked|read|come|arrived|called|left|planned|reserved|asked)",
    "(you|your (son|daughter|grandson|granddaughter|husband|wife|partner|kid|child)) (should|ought to) have (ordered|arrived|read|checked|booked|kept|thought|known|called|asked|come|cancelled|paid|looked|noticed|said|told|used|saved|left|got here|planned)",
    "if you (had|would have) (arrived|read|checked|booked|ordered|called|come|paid|listened|looked|told|asked|kept|planned) ... (would not|would never|would have|wouldn't)",
    "you (probably|must have|obviously|clearly|likely) (signed|clicked|pressed|paid|ordered|booked|typed|entered|forgot|missed|ignored|dropped|broke|lost|deleted|cancelled|used|left|chose|picked|selected|subscribed|agreed)",
    "(between you and|take it up with) your (bank|provider|card company)",
]

DEFLECTION = [
    "(is|was) not (our|my) (fault|problem|responsibility|issue)",
    "(nothing|not anything) to do with (us|me)",
    "(the|that|it is the|blame the|talk to the|contact the) (courier|carrier|warehouse|post office|delivery company|driver|manufacturer|other department|supplier|producer|vendor)('s)? (fault|problem|responsibility|issue|damaged it|broke it|lost it|messed up)",
    "(out of|beyond) (our|my) (hands|control)",
    "(take it up|take that up|you will need to take it up) with",
]

DISMISSAL = [
    "calm down",
    "(just )?(relax|chill|settle down|take a breath|take a deep breath|simmer down|cool it)",
    "(it is|that is|this is) (not|no) (a )?(big deal|big thing|that bad|the end of the world|a disaster)",
    "(not|no) (a )?big deal",
    "you are (over)?reacting|you are being (dramatic|unreasonable|emotional|ridiculous|silly|hysterical)",
    "(there is )?no need to (get|be) (upset|angry|emotional|worked up|rude|dramatic|so upset|like that)",
    "it is (only|just) a (box|gift|coffee|present|toy|drink|parcel|item|thing|few days|delay|small thing)",
    "(these|such) things happen",
    "(it|that) happens",
    "as i (already )?(said|told you|explained|mentioned)",
    "like i (already )?(said|told you)",
    "i (already )?told you",
    "^(whatever|fine whatever|yeah whatever)$",
    "(or not|or do not|or don't|either way|up to you)? whatever$",
    "whatever (you say|you want|then)",
    "get over it|move on|deal with it|suck it up|tough luck|too bad|oh well|it is what it is",
    "there is no (point|need) (in )?(getting|being) (upset|angry)",
    "(at least|look on the bright side)",
    "sorry (that |if )?you feel (that way|like that|that|this way)",
    "(i am|we are) sorry (if|that) you (feel|felt|think|were offended|took it)",
    "sorry if (that|this|it) (upset|offended|bothered)",
]

POLICY_WALL = [
    "(that is|it is|this is|it's|that's) (just )?(our|the|company|store|standard) policy",
    "(the|our|company) (policy|rules|rule|terms|procedure|system) (is|are|says|say|states|state|does not|do not|will not|won't|clearly)",
    "(rules are rules|those are the rules|i do not make the rules|i just work here|computer says no|hands are tied|my hands are tied)",
    "(there is )?nothing (else )?(i|we) can do",
    "(not|nothing) (something )?(i|we) can (do|help with|change)",
    "(i am|we are) not (allowed|permitted|authori[sz]ed|able|supposed) to",
    "you (will )?(have|need) to (contact|call|email|go|speak|talk|take it up|write|fill|submit|visit|reach out|wait|send|return|post|ship|print|bring)",
    "not my (department|job|problem|responsibility|area|call|decision)",
    "(i|we) (do not|can not) (handle|deal with|do) (that|this|those|these)",
    "(system|computer) (will not|does not|can not) (let|allow) (me|us)",
    "(no exceptions|we do not make exceptions|i can not make an exception)",
    "(per|according to|as per) (our|the) (policy|terms|rules|procedure)",
    "(it is|that is|this is|all) (all )?(in|written in|stated in|covered in|explained in|set out in) (the|our|your) (terms|t&cs|t&c|terms and conditions|small print|fine print|policy|contract|agreement)",
]

RUDENESS = [
    "(shut up|shut it|piss off|get lost|go away|buzz off|back off)",
    "(damn|dammit|goddamn|hell|shit|shite|crap|crappy|fuck*|bloody|bollocks|arse|ass|asshole|bastard|bitch|wtf|stfu|ffs|jesus christ|screw (you|this|it))",
    "(stupid|idiot|idiotic|dumb|moron|moronic|pathetic|useless|clueless|incompetent|ignorant|ridiculous|absurd|crazy|insane|nuts|lazy|hopeless|annoying) (customer|person|woman|man|question|request|people|you)",
    "(you are|you're|you are being|you sound|you seem|are you) (so |really |being |just )?(stupid|an idiot|dumb|a moron|pathetic|useless|clueless|ignorant|ridiculous|crazy|insane|annoying|a pain|impossible|unreasonable|difficult|deaf|thick|slow|kidding|serious|joking)",
    "what is (wrong|the matter) with you",
    "(i|we) (do not|could not|couldn't) care (less)?",
    "not my problem",
    "(listen|look) (here|lady|mate|buddy|pal|sweetie|honey|love|sir|madam|dude)",
    "(are you|can you) (even )?(listening|reading|hearing)",
    "(i|we) (do not|don't) have time for (this|you)",
    "(take it or leave it|like it or not|that is your problem|your problem not mine|go somewhere else|shop (somewhere|elsewhere) else)",
    "(duh|jeez|geez)",
    "(obviously|clearly) you (did not|do not|can not)",
    "how many times (do|have) i",
    "(bold|interesting|great|brilliant|genius|smart) (strategy|move|choice|plan|idea)",
    "where else would (it|they|that) be",
    "^(so |well |okay )?what do you want$",
    "(it is|it's|this is|that is) (really|just|honestly)? not (that )?(complicated|hard|difficult|rocket science|a big deal)",
    "most (people|customers|users) (manage|can|figure|understand|cope|do fine|have no problem)",
    "(anyone|everyone|a child) (can|could|knows how to) (do|manage|figure|understand)",
    "(stop|quit) (spamming|calling|complaining|shouting|yelling|emailing|messaging|whining|moaning)",
    "(shouting|yelling|swearing|being rude|getting angry) (at me )?(will not|does not|is not going to|won't) (help|get|change|make)",
    "(that is|it is|that's) life",
    "(i )?need you to calm down",
    "^(next|who is next)$",
    "(as i (have )?(already )?(said|told you|explained)) ... (twice|three times|already|again)",
    "^(k|kk|ok then|okay then|fine)$",
    "(not my|not our) (job|concern|business)",
    "(nothing|not anything) to do with (me|us)",
    "(i|we) (do not|can not) help you",
    "you people",
    "i (have|got) (other|more|real) (customers|people|things|work)",
    "i (do not|can not) (have|spend) all day",
    "(try to|please) keep up",
    "(read|check) (the|your) (email|terms|website|faq|small print|fine print) (properly|next time|first|before you)",
    "(google|look) it up",
    "(let me|i will) (explain|say) (this|it) (slowly|again slowly|one more time)",
    "(did|do|can) you (even|actually) (read|check|look|listen|understand)",
    "(as|like) (you|anyone) (should|would|ought to) (know|have known|have read)",
    "(oh )?(great|wonderful|fantastic|brilliant|lovely|perfect)  (another|just what i needed|just what we need|that is all i need)",
    "(good|congratulations|congrats) (for you|on that)",
    "^(yeah |oh |right )?sure you (did|do|have|were)$",
    "what do you (want|expect) (me|us) to do",
    "(i|we) (do not|can not) (do|fix|change) (anything|miracles|magic)",
    "(not|no) (our|my) problem",
    "(deal|cope) with it",
    "(sort|figure) it out yourself",
    "(that|this) is on you",
    "(i|we) (do not|can not) make (it|the parcel|the beans|things) (appear|magically|out of thin air)",
    "(not|no) the end of the world",
    "^obviously",
    "live a little",
    "like (the rest|everyone else|all the others)",
    "(just )?pick (something|anything|one)",
    "^(dunno|no idea|not sure)  (just|ask|try|pick|whatever)",
    "(you will|you are going to|you would) (survive|live|be fine|cope)",
    "(stuff|shit|things like this) happens",
    "like (a|any) normal (person|customer|adult|human)",
    "(can not|will not|could not|won't) magic (up|it|a|the|them|anything|beans)",
    "(can|could|do|does|will) i$",
    "of course (it is|it was|it will be|they are) (heavy|late|busy|sold out|full|broken|expensive)",
]

SECRETS = [
    "(your|the|ur|full|complete|long|entire|whole) (online |account |banking |login |card |bank )?(password|passcode|pass code|pin|pin number|pin code|security code|cvv|cvc|cvv2|csc|security answer|one time (pass)?code|otp|verification code|login details|login credentials|credentials|mother's maiden name|maiden name|social security (number)?|ssn|sort code and account number|online banking details)",
    "(full|complete|long|entire|whole|16 digit|sixteen digit|long) (card|credit card|debit card|account) number",
    "(card|credit card|debit card) number (and|plus|with) (the )?(expiry|security|cvv|cvc|pin|code)",
    "(read|give|tell|send|type|say|confirm|provide) (me|us)? (out )?(the|your) (card|credit card|debit card) number",
    "(the|your) (card|credit card|debit card) (number|details)",
    "(numbers|digits) on the (front|back) of (the|your) card",
    "code on the back",
    "(your|the) (app |online |account |banking |email )?(password|passcode|pin|pin number|security code|login details|log in details)",
    "(full|long|whole|entire) (card )?number",
    "(three|3) digits on the back",
]

STALLING = [
    "(hold on|wait a (moment|minute|sec|second)|one moment|one sec|one second|just a (moment|minute|sec|second)|give me a (moment|minute|sec|second))",
    "(bear|bare) with me",
    "(please )?(hold|wait) (please|for a moment|a moment|on)",
    "(i will|let me|i will have to|i need to|i would have to) (look into|check into|investigate|see what i can do|find out|ask|check with)",
    "(we will|we would|i would|i will) (have to )?(see|try|look into it|do our best|do what we can)",
    "let me (see|have a look|take a look|look|check|find out|dig|pull (it|that|this) up|get back to you)$",
    "(i am|we are) (just |still )?(checking|looking|having a look|looking into it|on it|working on it|searching|trying)",
    "(the )?(system|computer|screen|page) (is|keeps) (slow|down|loading|being slow|frozen|playing up|crashing)",
    "(hang|hold) (on|tight)",
    "(just )?a (moment|minute|sec|second|tick|mo)",
    "(nearly|almost) (there|done|got it)",
    "(still|just) (loading|waiting|checking|looking)",
    "(i|we) (am|are) not (sure|certain) (yet|right now|at the moment)?",
    "(i will|i would|i need to|i have to|i must) (need to |have to )?(check|ask|find out|look into|confirm) (with|and|first|on that|that)",
    "(someone|somebody|we) will (look into|get back to you|be in touch)",
]

REFUSAL_VERBS = (
    "(offer|give|do|send|refund|replace|help|make|arrange|change|guarantee|promise|provide|process|accept|allow|ship|deliver|get|waive|extend|honour|honor|authori[sz]e|approve|issue|swap|exchange)"
)

REFUSAL = [
    "(i|we) (can not|could not|are unable to|am unable to|are not able to|am not able to|will not|will not be able to|would not be able to|do not|are not allowed to|am not allowed to|are not permitted to) " + REFUSAL_VERBS,
    "unfortunately (i|we|that|this|it|there)",
    "(that is|it is|this is|that would not be|that will not be) (not )?(possible|impossible|an option)",
    "(no way|not possible|not an option|out of the question)",
    "(we|i) (do not|no longer) (offer|do|have|stock|carry|provide)",
]

TIME = [
    "(today|tonight|tomorrow|this (morning|afternoon|evening|week|weekend))",
    "(on|by|before|until|this|next|this coming|first thing)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "(by|before|within|in|under|after) (the )?(end of (the )?(day|week)|<num> (minutes|minute|mins|hours|hour|hrs|days|day|business days|working days|weeks))",
    "(within|in|under) (an|a|one|two|three|half an|the next|the|the next few|the next couple of) (minute|hour|day|few minutes|few hours|couple of|working day|business day)",
    "(at|by|before|around|until) <num> (am|pm|o'clock)?",
    "<num> (am|pm|o'clock)",
    "<num>:<num>",
    "(right now|straight away|right away|immediately|as soon as (it|we|i|the|possible)|asap|first thing|shortly|in a moment|in a minute|in two minutes|in a couple of minutes|end of day|next day|overnight|same day)",
    "(on )?the <num>(st|nd|rd|th)",
    "(january|february|march|april|june|july|august|september|october|november|december)",
]

CHANNEL = [
    "(email|e-mail|text|sms|call|phone|ring|message|whatsapp|chat|letter|voicemail|app|notification|tracking link|tracking number|confirmation)",
]

VAGUE = [
    "(very soon|soon enough|sometime soon|some time soon|as soon as we can|as soon as i can|(be|get|hear|sort|done|fixed|resolved|there|back|sorted) soon)",
    "soon$",
    "(in|within|after) (a|the next)? (few|couple of|several|some) (days|weeks|working days|business days)",
    "(it|that|this|they|the (parcel|order|replacement|package|refund)) should (arrive|be there|be with you|get there|come|be back|go through|be fine)",
    "(at some point|eventually|in due course|when we can|when possible|as soon as we can|we will see|hopefully|fingers crossed|should be fine|probably|some time|sometime|a while)",
    "(we will|we would|i will|i would) (try|do our best|do my best|look into it|see what (we|i) can do)",
]

HEDGES = [
    "(i think|i believe|i guess|i suppose|i feel like|it seems|it looks like|perhaps|maybe|possibly|probably|might|i am not sure|not sure|kind of|sort of|somewhat|apparently|i suggest|i would suggest|it may be|it could be|as far as i know|if i understand)",
]

INDIRECT_REQUEST = [
    "(could|would|might) you",
    "(can|will) you (please|kindly|possibly)",
    "would you mind",
    "(would|could) it be possible",
    "if (you do not mind|it is okay|it is alright|that is okay|you could|possible|you would)",
    "(do|would) you (happen to|mind)",
    "when you (get a chance|have a moment|can)",
    "(i was wondering|i wonder) (if|whether)",
    "by the way",
]

MODAL_REQUEST = [
    "^(so |and |okay |ok )?(can|will) you",
]

DEFERENCE = [
    "(great|good|fair|excellent|valid) (question|point|catch|idea)",
    "you are (absolutely|completely|quite|totally|so)? right",
    "(thank you|thanks) for (your|the|being|letting|bringing|flagging|pointing|raising|explaining|sharing|telling)",
    "(i|we) (really )?(value|appreciate) (you|your)",
    "(happy|glad|pleased|delighted) to help",
    "(my|our) pleasure",
    "(of course|certainly|absolutely|definitely|sure thing|no problem|not a problem|no worries|with pleasure)",
]

REASSURANCE = [
    "(do not|no need to|nothing to) worry",
    "you (did|have done) (exactly )?the right thing",
    "(glad|pleased|happy) (you|that you) (rang|called|told us|got in touch|reached out|contacted us|let us know|asked|came in)",
    "(you are|you were) (not the first|not alone|right to)",
    "(i|we) (will|can) (sort|fix|handle|take care of) (this|it|that) (for you|myself|personally|now|today)",
    "(i am|we are) (here to|going to) help",
    "leave it with me",
]

FACTUALITY = [
    "^(actually|in fact|as a matter of fact|obviously|clearly|the point is|the fact is|the truth is|frankly|honestly|to be honest|look|listen)",
    "(as i (said|explained|told you|mentioned)|like i said)",
    "(obviously|clearly|of course you)",
    "where else would (it|they|that) be",
]

IMPERATIVE_VERBS = (
    "(send|give|tell|read|check|go|stop|wait|listen|look|calm|call|fill|provide|try|make|do|take|bring|email|upload|contact|return|hold|sit|answer|explain|show|print|pay|enter|click|log|type|write|speak|talk|leave|move|hurry|keep|let|put|get|follow|use|visit|see|ask)"
)

CONDESCENDING = [
    "^(okay |ok |listen |look |right |now )?(sweetie|honey|sweetheart|darling|hun|buddy|pal|lady)",
    "(sweetie|honey|sweetheart|darling|hun|buddy|pal)$",
]

UPSELL = [
    "(add|upgrade|upsize|sign up|join|download|loyalty|app|membership|newsletter|pastry|muffin|cookie|extra shot|syrup|subscribe|subscription|premium|insurance|warranty|protection plan|points|rewards)",
]

SLANG = [
    "(gonna|wanna|gotta|kinda|sorta|dunno|ya|yeah nah|nah|yep|nope|lol|lmao|omg|btw|idk|tbh|ngl|bro|dude|mate|cuz|coz|ain't|y'all|yall|k|kk|whatevs|no prob|np|ok ok|chill|cool cool|my bad)",
]

YES = [
    "(yes|yeah|yep|absolutely|definitely|certainly|of course|sure|correct|that is right|it will|it can|we can|i can|we will|i will|it is|it does|we do|i do|no problem|guaranteed|without a doubt|100 percent)",
]

OWNERSHIP = [
    "(i will|i am going to|i will personally|i can|i have|let me|i am going to make sure|i will make sure|i will take care|i will sort|i will handle|i will look after|i will own|leave it with me|i have got this|i will get this|i will fix|i will do)",
    "(we will|we can|we are going to|we have) ... (send|make|sort|fix|replace|refund|take care|arrange|get|handle)",
]

PUSH_TO_CUSTOMER = [
    "(transfer|put|pass|hand) you (over |through |across )?to (my|a|the|our|another) (manager|supervisor|colleague|department|team|specialist)",
    "(this is|that is|it is) (something|a matter|one) (my|the|our) (manager|supervisor|team|department|colleague) (handles|deals with|looks after|covers)",
    "(someone|somebody|the team|a colleague|another team|another department|the relevant team|the right team|the department|head office) (will|should|can|may|might) (be in touch|get back|contact|call|look into|reach out|email|follow up|deal with)",
    "(i will|i can|i would|let me) (raise|pass|forward|escalate|log|refer) (it|this|that) (to|with|on to) (the team|someone|a colleague|another department|the relevant)",
    "you (will )?(have|need|must|got) to (contact|call|email|go|speak|talk|take it up|write|fill|submit|visit|reach out|wait|send|return|post|ship|print|bring|log|raise|open|file|check|come back|try again|call back|reorder|order again|place a new)",
    "you (should|could|can) (contact|call|email|ring|try) (the|another|customer|our|them|your)",
    "(contact|call|email|ring) (the )?(courier|carrier|manufacturer|other department|head office|support|customer service|them)",
    "(try|come back|call back|check back) (again )?(later|tomorrow|next week)",
    "(it is|that is) up to you",
]

# How a customer's last words show how it ended, for chat logs that do not say.
CUSTOMER_LEAVES = [
    "(forget it|never mind|nevermind|forget about it|i give up|i am done|i am leaving|i will go (somewhere|elsewhere)|go somewhere else|take my business|i will shop elsewhere|cancel (my|the) (order|account)|waste of (my )?time|unbelievable|useless|ridiculous)",
    "(speak|talk) to (a|your|the) (manager|supervisor|someone else)",
    "(i will|i am going to) (complain|leave a review|report|dispute|go to)",
    "i will (skip|grab something|get it) ... (today|elsewhere|instead)",
]
CUSTOMER_SATISFIED = [
    "(thank you|thanks|cheers|perfect|great|brilliant|wonderful|lovely|amazing|lifesaver|that works|sounds good|much appreciated|you have been (so )?helpful|that is (great|perfect|brilliant|fantastic))",
]
