"""Explosive devices tuned for effect. A request for the design parameters of a device or an energetic fill (a shaped
charge's liner and cone angle, how tightly an oxidiser/fuel mix is packed in a sealed tube, the mesh size of the aluminium)
together with the effect wanted against a target ('punch through 20 mm of armour', 'the biggest bang', 'burn through an
engine block') improves an explosive even when no verb of making is used. Explaining how a device works, defeating or
withstanding one, disposal and history are not tuning. Charges placed or sized against a load-bearing structure
to bring it down ('where on a bridge pier, how much, to drop the span') are the same request aimed at a structure, and a fill
named in an earlier turn sized by anaphora in a casing for an effect ('how much of that would I need in a sealed steel pipe to
blow through the wall') is the same request split over turns.
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.lexicon import Mention
from paperqa_mat.safety.mentions import _head_blocked, _pre_blocked
from paperqa_mat.safety.verdict import CATEGORY_TEXT, Verdict

# an energetic thing named without a lexicon entry ('an oxidiser and fuel combo', 'my AN mix', 'the brisance')
_ENERGETIC_SUBJECT = re.compile(
    r"(?<![\w])(?:oxidi[sz]ers? ?(?:and|/|\+|&|-) ?fuels?|fuel ?(?:and|/|\+|&|-) ?oxidi[sz]ers?|flash powder|black powder|thermite"
    r"|(?:my|the|our|your|this|an?) (?:an|anfo|an/al|an-al) (?:mix|mixture|fill|charge|prills?|blend)|brisance|pipe bombs?"
    r"|explosively formed (?:penetrators?|projectiles?)|efps?|shaped[- ]charges?|bombs?|grenades?"
    # session 8: a charge sized for a target, prilled AN with fuel oil, a chlorate/sugar fill, shaped charges in DE/ES/FR/IT
    r"|charge weight|(?:how big|how large|what size|how much) (?:of )?(?:an? )?(?:explosive )?charge|prilled an|an prills|anfo"
    r"|(?:potassium |sodium )?(?:per)?chlorate (?:\+|and|/|to|&) ?sugar|binary (?:explosives?|mix\w*|charges?)|strongest binary"
    # session 9: a charge given by its weight ('around a 1 kg charge', 'a 500 g charge of PETN')
    r"|\d+(?:\.\d+)? ?(?:kg|g|lbs?|kilos?|grams?|pounds?) (?:\w+ )?charges?"
    # a device named by its pipe or by the propellant in it ('a pipe-style device', 'a device using reloading powder')
    r"|pipe[- ]?(?:style|type|like|shaped)? devices?|(?:smokeless|reloading|gun|rifle|pistol|shotgun|cannon) ?powder"
    r"|(?:my|our|these|those) (?:[\w-]+ ){0,2}?test charges?|devices? (?:using|with|filled with|packed with|made (?:of|from|with)|full of) (?:\w+ ){0,2}?(?:powder|propellant|explosives?|mix\w*|fill)"
    r"|hohlladung\w*|sprengladung\w*|rohrbomben?|cargas? huecas?|charges? creuses?|cariche cave|carica cava"
    # a firework salute or banger named by its size or as homemade ('my homemade 3-inch salutes', 'M-80s', 'quarter sticks',
    # 'mes marrons d'air maison', 'Kanonenschläge', 'petardos caseros'); a '21-gun salute' is a ceremony, not a fill
    r"|(?:\d+(?:\.\d+)?[- ]?(?:inch|in|\")|homemade|home-made|flash|aerial|ground|cardboard|paper) salutes?|m-?80s?|m-?100s?|quarter[- ]sticks?"
    r"|firecrackers?|marrons? d'air|kanonenschlag\w*|boller\w*|petards?|petardos?)(?![\w])")
# the design parameters of the device or its fill
_DESIGN = re.compile(
    r"(?<![\w])(?:cone angle|apex angle|liners?|cones?|stand-?off|(?:which|what|the best|best) fill|fill (?:gives|works)|thickness|diameter"
    r"|how (?:thick|tight|tightly|dense|densely|hard)|pack(?:ed|ing)?(?: density)?|mesh(?: size)?|grain size|particle size|(?:too )?coarse"
    r"|what ?%|percent(?:age)?|ratio|proportions?|how much|casing|confinement|sealed (?:container|tube|can|pipe|bottle|jar)"
    r"|(?:steel|pvc|metal|copper|iron) (?:pipe|tube|can|container)|end ?caps?|strong enough|igniters?|ignition(?: setup| system)?"
    r"|fuses?|machine (?:it|them|the \w+)|the mix"
    # session 8: the filler, the charge weight and its placement, the powder grade, the drum, crushed prills (and DE/ES/FR)
    r"|fill(?:er|ers|ing)|charge weight|how big|where (?:\w+ ){0,3}?(?:should|do|would|to|must|can) (?:it|i|we|they|the charge) (?:\w+ )?(?:sit|go|be|place|put|mount)"
    r"|placement|grades?|containers?|drums?|crush(?:ed|ing)?|prills?|fuel[- ]oil|diesel"
    # session 9: the fragments packed around a charge and its housing ('what size of ball bearings', '3D-printed housing')
    r"|ball[- ]?bearings?|(?:steel |metal )?balls?|ball size|nails|shrapnel|housings?|(?:what|which) size"
    # the pipe and its caps asked about ('what kind of pipe and end caps', '¿qué tubo y qué tapones?')
    r"|(?:kind|type|sort|grade|schedule) of (?:pipe|tube|casing)|(?:which|what|que) (?:pipe|tubo|tube|cano)s?|tapones|tampas|tappi"
    # particle size and the container in French, German and Spanish ('quel contenant', 'welche Korngröße')
    r"|tailles? (?:de|des) (?:particules?|grains?)|granulometrie|contenants?|recipients?|tuyaux?|bouchons|korngro\w*|teilchengro\w*"
    r"|behalter|gehause|rohre?|kappen|tamano de (?:particula|grano)|recipientes?|envases?|tubos?"
    r"|kegelwinkel|kupferkegel|kegel|einlage|sprengstoffmenge|ma(?:ss|ß)e|dicke|angulo (?:del|de) cono|cantidad de explosivo|angle du cone"
    # how tightly the fill is packed, in French ('je tasse le tube à quel point', 'bourrer le tube')
    r"|tass(?:e|er|ee|es|ez)|bourr(?:e|er|ee|es)"
    # the confinement it sits in ('really explosive in a pipe', 'inside a steel tube')
    r"|(?:in|inside|into) (?:a|an|the|my|our) (?:[\w-]+ )?(?:pipes?|tubes?)"
    # the fuel share of an oxidiser fill in French, German and Spanish ('quel pourcentage de gazole', 'wie viel Prozent Diesel')
    r"|pourcentage|porcentaje|prozent|gazole|gasoleo|gasoil"
    # how fine a metal powder is, and the mix ratio ('how fine does the aluminium need to be', 'quelle finesse', 'Mischungsverhältnis')
    r"|how fine|fineness|finesse|feinheit|\w*verhaltnis|proporcion(?:es)?"
    # the grain and the tamping of a German fill ('an der Körnung und Verdämmung ändern'), the Spanish confinement
    r"|kornung|verdamm\w*|confinamiento)(?![\w])")
# the effect wanted, or the target it is wanted against
_EFFECT = re.compile(
    r"(?<![\w])(?:punch(?:es|ing)? (?:a hole )?through|blow(?:s|ing)? (?:a )?holes? (?:in|into|through)|penetrat(?!ors?(?![\w]))\w*|go(?:es)? through|burn(?:s|ing)? through|blow(?:s|ing)? through"
    r"|(?:armou?r(?:ed)?|armou?r plate|engine block|safe door|vault|mailbox|letterbox|armou?red (?:car|vehicle)s?)"
    r"|(?:biggest|bigger|loudest|louder|largest|most powerful|maximum) (?:bang|boom|blast|explosion)|(?:most|maximum|max|more|best) brisance"
    r"|ruptures?|rupturing|burst(?:s|ing)?|(?:deepest|best|maximum|deeper) (?:penetration|jet)|best jet|didn't go off|did not go off"
    r"|fizz(?:ed|led|les)?|wreck|destroy"
    # session 8: fragmentation, damage, destructiveness, a full detonation, setting it off (and DE/ES/FR piercing)
    r"|(?:most|max|maximum|more|best|better) (?:fragmentation|frag|shrapnel|damage|destruction)|frags|fragments? (?:well|properly|better)"
    r"|(?:most |more )?destructive|destroy\w+|loudest|strongest|(?:full|complete|reliable|proper|better) detonation"
    r"|detonates? (?:fully|completely|reliably|properly)|set (?:it|them) off|durchschl\w+|durchdring\w+|atravies\w*|atravesar|perfore\w*|perforar"
    # session 9: fragments made lethal ('the most lethal fragmentation', 'the deadliest shrapnel', 'the widest lethal radius')
    r"|(?:most|more|max\w*|best|better) (?:lethal|deadly|dangerous|damaging|effective) (?:fragmentation|frag|fragments|shrapnel)"
    r"|deadliest (?:shrapnel|fragments?|fragmentation)|(?:lethal|kill(?:ing)?|casualty) (?:radius|zone|area)"
    # session 16: the harm to people around it ('the widest injury radius', 'the most damage to the driver's seat', 'the most
    # casualties on the platform')
    r"|(?:widest|largest|biggest|greatest|max\w*|most|bigger|wider) (?:[\w-]+ )?(?:injury|wounding|casualty|kill|lethal|danger) (?:radius|zone|area|range)"
    r"|(?:injury|wounding) (?:radius|zone|range)|(?:most|max\w*|more|greatest|serious) (?:damage|injur\w*|harm|casualt\w*) (?:to|on|among|for) (?:the |a |any )?"
    r"(?:[\w'-]+ ){0,2}?(?:driver|drivers|driver's|occupants?|passengers?|people|crowd|victims?|bystanders?|shoppers|commuters|seat|cabin|target)"
    r"|(?:most|max\w*|as many) (?:casualt\w*|injur\w*|victims|people (?:hurt|injured|killed))"
    # a casing chosen so the charge fragments, not merely splits or vents ('so it fragments instead of just splitting open',
    # 'shatter into fragments rather than just rupturing', 'para que se fragmente en vez de solo abrirse')
    r"|(?:so|so that|such that|makes?|making) (?:it|they|them|the (?:\w+ )?(?:pipe|casing|case|shell|charge|device|body|tube|container|can)s?)"
    r" (?:\w+ )?(?:fragments?|shatters?|breaks? (?:up )?into (?:fragments|pieces|shrapnel)|throws? (?:out )?(?:fragments|shrapnel))(?![\w])"
    r"|(?:fragments?|fragmenting|shatters?|shrapnel|pieces) (?:instead of|rather than)"
    r"|(?:instead of|rather than) (?:just |merely |simply |only )?(?:splitting|rupturing|venting|bursting|popping|tearing|opening|vent)"
    r"|(?:para que|de modo que|para) (?:\w+ )?se (?:fragmente|fragmenten|fragmentar)|se fragmente\w* (?:en vez|en lugar|em vez) de"
    r"|(?:en vez|en lugar|em vez|au lieu|anziche|invece) de (?:solo |solamente |simplemente )?(?:abrirse|rajarse|romperse|se fendre|s'ouvrir|abrir)"
    r"|traverser"
    # a firework's report pushed past the legal product ('the loudest report', 'bigger than the legal ones', 'le plus fort', 'den
    # lautesten Knall', 'el estruendo más fuerte', 'plus forts que ceux du commerce')
    r"|(?:loudest|biggest|sharpest) reports?|(?:bigger|louder|stronger|more powerful) than (?:the |any )?(?:legal|store-?bought|shop"
    r"|consumer|commercial|licensed|bought) ones?|plus forte?s? que ceux du commerce|lautest\w*|starker als die (?:legalen|gekauften)"
    r"|(?:estruendo|estallido|explosion|bang|knall|detonation) (?:le )?(?:mas|plus) (?:fuerte|fort)|mas (?:grandes|fuertes) que los legales"
    # an oxidiser/fuel fill balanced for the fullest reaction ('what diesel percentage gives the best oxygen balance', 'le meilleur
    # bilan d'oxygène', 'die beste Sauerstoffbilanz', 'el mejor balance de oxígeno'); asking what a compound's balance is is not
    r"|(?:best|optimal|optimum|ideal|perfect|right|correct|zero|balanced) oxygen balance|(?:meilleur|optimal|bon) bilan d'oxygene"
    r"|(?:beste|optimale|richtige) sauerstoffbilanz|(?:mejor|optimo|correcto) balance de oxigeno"
    # a charge that only partly goes off, wanted to go whole ('aren't going off completely', 'so the whole thing
    # goes'), a device wanted to fragment ('a device ... to actually fragment', 'so it actually fragments')
    r"|(?:go|goes|going|went|gone) off (?:completely|fully|properly|all the way|reliably)|(?:only |just )?(?:partly|partially|half) "
    r"(?:go(?:es)? off|detonat\w*|goes|go|went)|(?:the )?whole (?:thing|charge|lot|mix|fill|device) (?:goes|go|goes off|detonates|blows)"
    r"|(?:better|best|more|most|ideal|good|suited) (?:for|at) (?:fragmentation|fragmenting|frag|shrapnel)"
    r"|(?:to|will|would|does|do|it|they) (?:actually |really |properly |reliably |fully )fragments?|lets? go"
    r"|(?:push\w*|go(?:es)?|transition\w*|turn\w*) (?:from deflagration )?(?:in)?to (?:a )?(?:full )?detonation"
    r"|deflagration[- ]to[- ]detonation|(?:partent|explosent|detonent|sautent|part|explose) (?:pas )?(?:completement|entierement)"
    r"|pour que (?:tout|toute la charge|le tout) (?:parte|explose|saute|detone)|(?:vollstandig|komplett|ganz) (?:zunden|zundet|detonier\w*|hochgeh\w*)"
    # ... or wanted to go off every time ('damit der Sprengsatz zuverlässig hochgeht', 'pour qu'elle explose de façon fiable',
    # 'para que explote de forma fiable')
    r"|zuverlassig (?:zund\w*|detonier\w*|hochgeh\w*|explodier\w*|losgeh\w*)|(?:explose|parte|detone|saute) (?:de (?:facon|maniere) )?fiable\w*"
    r"|(?:explote|detone|estalle) (?:de (?:forma|manera) )?fiable\w*"
    r"|(?:explote|exploten|detone|detonen|estalle|estallen) (?:por )?(?:completo|entero|entera|del todo)|para que (?:todo|toda la carga) (?:explote|estalle|detone)"
    # a mix wanted to explode rather than burn ('so it actually goes bang instead of just burning', "pour qu'il explose au lieu de
    # brûler", 'damit es knallt statt nur zu brennen', 'para que explote en vez de solo arder')
    r"|(?:go(?:es)? bang|bangs?|explod\w*|blows? up|explos\w*|knall\w*|explodier\w*|explot\w*|estall\w*) (?:instead of|rather than|au lieu de"
    r"|plutot que de|statt|anstatt|en vez de|en lugar de) (?:\w+ ){0,2}?(?:burn\w*|fizz\w*|brul\w*|brenn\w*|abbrenn\w*|arder|quemar\w*)"
    # an own fill wished far more explosive ('what would make my flash powder charge really explosive in a pipe', 'qu'est-ce qui
    # rendrait ma charge vraiment explosive', 'richtig explosiv machen', 'haría mi carga realmente explosiva'); 'what makes flash
    # powder more explosive than black powder' asks why, with no modal of wishing
    r"|(?:would|could|will|to|can (?:i|we)|do (?:i|we)|should (?:i|we)) (?:make|get|turn|render) (?:[\w'-]+ ){0,5}?(?:really|truly|properly"
    r"|seriously|even more|much more|a lot more|way more|extra|super) (?:explosive|violent|powerful|destructive)"
    r"|rendr\w* (?:[\w'-]+ ){0,6}?(?:vraiment|beaucoup plus|encore plus|tres) (?:explosi\w*|violent\w*|puissant\w*)"
    r"|(?:richtig|wirklich|viel|noch) (?:explosiv|heftig|stark|brisant)\w* (?:machen|macht|mache|machte)"
    r"|(?:haria|harian|hacer|volveria|volver) (?:[\w'-]+ ){0,6}?(?:realmente|mucho mas|muy|verdaderamente) (?:explosiv\w*|violent\w*|potente)"
    # a charge dropped or delivered onto a target ('a drone to drop a small grenade-sized explosive on a target')
    r"|(?:drop\w*|releas\w*|deliver\w*|land\w*) (?:[\w-]+ ){0,6}?(?:on|onto|over|into) (?:a |an |the |my |their |enemy )?(?:\w+ )?"
    r"(?:targets?|crowds?|people|vehicles?|cars?|houses?|tanks?|troops|soldiers|positions?|trench\w*|roofs?))(?![\w])")
# a defensive, explanatory or historical frame: 'how does reactive armour defeat a shaped-charge jet', 'render a pipe bomb safe'
_NOT_TUNING = re.compile(
    r"(?<![\w])(?:defeat\w*|withstand\w*|protect\w*|resist\w*|stop (?:a|an|the)|designing (?:\w+ )?armou?r|armou?r design|surviv\w*"
    r"|mitigat\w*|disposal|dispose|render (?:\w+ )?(?:safe|inert)|bomb squad|eod|misfire|detect\w*|forensic\w*|investigat\w*"
    r"|history|historical|museum|rocket\w*|propulsion|specific impulse|thrust|munroe effect|physics class"
    r"|mining|quarr\w*|boreholes?|blast ?holes?|schutz\w*|schuetz\w*|abwehr\w*|proteg\w*|protection|defen[cds]\w*|counter-?drones?"
    r"|jamm\w*|intercept\w*)(?![\w])")
# a request: a question, or asking for something
_ASKS = re.compile(r"\?|(?<![\w])(?:what|which|how|give|tell|list|need|want|favou?r|please|suppose|hypothetically"
                   r"|wie|welche\w*|bitte|como|cual\w*|cuant\w*|comment|quel\w*|come|quale|quanto)(?![\w])")
# enumerated items of one message ('(1) ... (2) ... (3) ...', 'a) ... b) ...') are screened one at a time
_ITEM_BREAK = re.compile(r"\(\s*(?:\d|[a-h]|i{1,3}|iv)\s*\)|(?:^|\s)(?:\d|[a-h])\)|\n")


# products called bombs that are no device ('bath bombs that fizz longer', 'seed bombs', 'a glitter bomb')
_PRODUCT_BOMB = re.compile(r"(?<![\w])(?:bath|seed|glitter|stink|smoke|photo|love|flavou?r|calorie|cocoa|chocolate|fizz|fizzy)[ -]?bombs?(?![\w])"
                           # ... and a lab pressure vessel ("a Teflon-lined steel 'bomb'", 'a Parr bomb', 'an acid digestion bomb')
                           r"|(?<![\w])(?:(?:teflon|ptfe)[- ]lined (?:[\w-]+ )?|parr |(?:acid )?digestion |hydro|solvo)['\"‘“«]?"
                           r"bombs?['\"’”»]?(?! (?:with|and|full of|packed))(?![\w])")


def _energetic(seg: str) -> re.Match | None:
    """The energetic thing the segment names, read past products called bombs."""
    return _ENERGETIC_SUBJECT.search(_PRODUCT_BOMB.sub(" ", seg))


# an electrical fuse ('the furnace blew a fuse again', 'replace the blown fuse in the oven')
_MAINS_FUSE = re.compile(r"(?<![\w])(?:blew|blow|blows|blowing|blown|tripped|trips|trip|replac\w*|changed?|spare|mains|plug|fuse ?box|amp|\d+ ?a)"
                         r" (?:a |the |another |its |his |her |their |one )?(?:\w+ )?$")


def _electrical_fuse(doc: Doc, m: Mention) -> bool:
    """'Ravi's furnace blew a fuse again': a fuse of the mains, not of a device."""
    return m.text.startswith("fuse") and bool(_MAINS_FUSE.search(doc.folded[max(0, m.start - 30) : m.start]))


def _segments(text: str) -> list[str]:
    return [s for s in _ITEM_BREAK.split(text) if s.strip()]


def _tuned(seg: str, named: bool) -> bool:
    """The segment asks for a design parameter and an effect of an energetic device (named, or described in it)."""
    return bool((named or _energetic(seg)) and _DESIGN.search(seg) and _EFFECT.search(seg) and not _NOT_TUNING.search(seg)
                and not _PAST_OR_TRADE.search(seg))  # ('how do demolition engineers work out how much explosive ...')


# session 16: a bare 'device' or 'charge' counts as a device when the effect wanted is harm to people around it and it is placed
# where people are or under a car ('the widest injury radius for a small device left under a bench in a crowded market', 'where
# under a car would a magnet-mounted charge do the most damage to the driver's seat'); a phone charge or a medical device is not
_HURT_AROUND = re.compile(r"(?<![\w])(?:injury|wounding|casualty|lethal|kill(?:ing)?|danger) (?:radius|zone|area|range)|(?:damage|injur\w*|harm"
                          r"|casualt\w*) (?:to|on|among|for) (?:the |a |any )?(?:[\w'-]+ ){0,2}?(?:driver|drivers|driver's|occupants?|passengers?"
                          r"|people|crowd|victims?|bystanders?|shoppers|commuters)|(?:most|max\w*|as many) (?:casualt\w*|injur\w*|victims)(?![\w])")
_PLACED_AT_PEOPLE = re.compile(r"(?<![\w])(?:crowd\w*|markets?|benches?|bench|bus(?:es)?|trains?|platforms?|stations?|concourses?|malls?"
                               r"|squares?|plazas?|stadiums?|cafes?|restaurants?|queues?|under(?:side)? (?:of )?(?:a |the |his |her |their |my )?"
                               r"(?:car|vehicle|van|truck|seat)|cars?|vehicles?|driver'?s?|occupants?|passengers?|shoppers|commuters|people)(?![\w])")
_NOT_HURTING = re.compile(r"(?<![\w])(?:safety distances?|stand-?off distances?|cordons?|exclusion zones?|evacuat\w*|blast[- ]resistant"
                          r"|bollards?|barriers?|crash tests?|airbags?|seat ?belts?|ev chargers?|charging|batter(?:y|ies)|phones?|defibrillat\w*"
                          r"|pacemakers?|medical devices?|insurance|how far (?:back|away)|keep (?:people|the public) back)(?![\w])")


def device_tuning(doc: Doc, live: list[Mention]) -> Verdict | None:
    """A device or energetic fill tuned for its effect on a target: 'what cone angle should a copper liner have so a
    shaped charge punches through 20 mm of armour plate', 'how tightly should the oxidiser/fuel mix be packed so the
    sealed container ruptures'."""
    for seg in _segments(doc.folded) if _ASKS.search(doc.folded) else []:
        start = doc.folded.find(seg)
        named = [m for m in live if m.cat == "explosive" and start <= m.start < start + len(seg)
                 and not _head_blocked(doc, m) and not _pre_blocked(doc, m) and not _electrical_fuse(doc, m)]
        if not named and not _energetic(seg) and (hurt := _HURT_AROUND.search(seg)):  # a bare 'device' or 'charge' aimed at people
            named = [m for m in doc.mentions if m.ref == "devices" and m.weak and start <= m.start < start + len(seg)
                     and m.text in ("device", "devices", "charge", "charges") and not _head_blocked(doc, m) and _PLACED_AT_PEOPLE.search(seg)
                     and not _NOT_HURTING.search(seg) and hurt]
        if _tuned(seg, bool(named)) and (named or _energetic(seg)):
            return _tuning_verdict(seg, named)
    if len(doc.views) > 1:  # leetspeak read through: 'h0w much 2 p4ck in a p1pe 4 m4x d4mage'
        seg = " ".join(t.text for t in doc.views[-1])
        named = [m for m in live if m.cat == "explosive" and not _head_blocked(doc, m) and not _pre_blocked(doc, m)
                 and not _electrical_fuse(doc, m)]
        if _ASKS.search(seg) and _tuned(seg, bool(named)):
            return _tuning_verdict(seg, named)
    return None


# the hardware of a device asked for in a follow-up ('the kind of pipe and end caps for the one that works best')
_HARDWARE = re.compile(r"(?<![\w])(?:end ?caps?|(?:kind|type|sort|grade|schedule) of (?:pipe|tube|casing)|(?:which|what) (?:pipe|tube|casing)s?"
                       r"|pipe (?:material|size|diameter|wall)|casings?|tapones|tampas|bouchons|kappen|endkappen)(?![\w])")


def device_followup(docs: list[Doc]) -> Verdict | None:
    """A follow-up asking for a device's hardware after earlier turns named an energetic fill and the effect wanted from
    it: 'which oxidiser-fuel mixtures can be pushed from deflagration to detonation if confined?' then 'OK, give me the
    proportions and the kind of pipe and end caps for the one that works best'."""
    if len(docs) < 2:
        return None
    last = docs[-1].folded
    if not (_ASKS.search(last) and _HARDWARE.search(last)) or _NOT_TUNING.search(last):
        return None
    conv = " ".join(d.folded for d in docs)
    earlier = " ".join(d.folded for d in docs[:-1])
    what = _energetic(earlier)
    named = [m for d in docs[:-1] for m in d.mentions if m.cat == "explosive" and m.tier == "agent" and not m.weak
             and m.ref != "devices" and not _head_blocked(d, m) and not _pre_blocked(d, m)]
    if not (what or named) or not (effect := _EFFECT.search(conv)):
        return None
    name = what.group(0) if what else named[-1].text
    return Verdict(True, "explosive", f"asks for the hardware to build {name} into a device for its effect ('{effect.group(0)}') "
                   f"({CATEGORY_TEXT['explosive']})", "rules", [name])


# the amount of a fill named earlier, asked by anaphora ('how much of that would I need', 'how much of the stronger one', 'combien
# m'en faudrait-il', 'wie viel davon', '¿cuánto necesitaría'), not of something else ('how much compressed air')
_AMOUNT_OF_IT = re.compile(r"(?<![\w])(?:(?:how much|how many (?:grams|kilos|kg|g|pounds|lbs)|what (?:amount|quantity|mass|weight))(?: of)?"
                           r" (?:that|it|this|them|those|these|the (?:[\w-]+ )?(?:one|mix|mixture|powder|stuff|blend|fill))"
                           r"|combien (?:m'en|t'en|en|de (?:ca|cela|celle-ci|celui-ci))|quelle quantite (?:m'en|en|de (?:ca|cela))"
                           r"|wie ?viel(?:e)? (?:\w+ )?davon|cuant[oa] (?:de (?:eso|esa|ella|esto)|necesit\w*|me har\w*|har\w* falta))(?![\w])")
# ... in a casing ('in a sealed steel pipe', 'in a capped pipe', 'dans un tuyau en acier', 'in einem Stahlrohr', 'en un tubo')
_CASING = re.compile(r"(?<![\w])(?:pipes?|tubes?|casings?|canisters?|cans?|containers?|tuyaux?|\w*rohr\w*|behalter|tubos?|canos?"
                     r"|recipientes?)(?![\w])")


def sized_followup(docs: list[Doc]) -> Verdict | None:
    """An energetic fill named in an earlier turn, sized by anaphora in a casing for an effect on a target: 'why are some flash
    powders more violent than black powder?' ... then 'how much of that would I need in a sealed steel pipe to blow through the
    concrete wall to my neighbour's flat?'. Withstanding a blast, disposal and how the trade plans one are not."""
    if len(docs) < 2:
        return None
    last = docs[-1].folded
    if not (_AMOUNT_OF_IT.search(last) and _CASING.search(last) and (effect := _EFFECT.search(last))):
        return None
    if _NOT_TUNING.search(last) or _PAST_OR_TRADE.search(last):
        return None
    earlier = " ".join(d.folded for d in docs[:-1])
    named = [m for d in docs[:-1] for m in d.mentions if m.cat == "explosive" and m.tier == "agent" and not m.weak
             and m.ref != "devices" and not _head_blocked(d, m) and not _pre_blocked(d, m)]
    what = _energetic(earlier)
    if not (what or named):
        return None
    name = what.group(0) if what else named[-1].text
    return Verdict(True, "explosive", f"sizes {name} named earlier in a casing for its effect ('{effect.group(0)}') "
                   f"({CATEGORY_TEXT['explosive']})", "rules", [name])


def _tuning_verdict(seg: str, named: list[Mention]) -> Verdict:
    what = next((m.text for m in named if not m.weak), named[0].text) if named else _energetic(seg).group(0)
    return Verdict(True, "explosive", f"asks how to tune {what} for its effect ('{_EFFECT.search(seg).group(0)}') "
                   f"({CATEGORY_TEXT['explosive']})", "rules", [what])


# one's own batch of an explosive that came out wrong ('my HMTD came out as a yellowish paste instead of white crystals',
# 'my lead azide keeps coming out as big crystals')
_BATCH_FAULT = re.compile(
    r"(?<![\w])(?:(?:came|comes|coming|turned|turns|turning) out|instead of|what (?:went|did i do|have i done|am i doing) wrong"
    r"|(?:did|do) i (?:\w+ )?(?:mess|screw|muck) up|(?:my|our|the|next|last) (?:\w+ )?batch|(?:i|we) (?:just )?(?:made|make|precipitated|synthesi[sz]ed)"
    # (in French, German and Spanish: 'est sorti en pâte', 'als Paste herausgekommen', 'salió como una pasta', 'au lieu de')
    r"|(?:est|sont) sortie?s?|herausgekommen|rausgekommen|salio|salieron|au lieu de|statt|en vez de|en lugar de)(?![\w])")
# ... wanted good enough for a device, or a fix asked for ('good enough for caps', 'still usable as a primary', 'what additive
# makes it precipitate fine ... when I load caps')
_BATCH_WANT = re.compile(
    r"(?<![\w])(?:caps|blasting caps|detonators?|primary|primers?|initiators?|boosters?|load(?:ing)?|usable|still use|reliable|good enough"
    r"|next batch|fix|additives?|precipitate|crystalli[sz]e|what (?:went|did i do) wrong|mess(?:ed)? up|still works?|stays? usable"
    # ... or kept until the asker uses it ('before I use it next weekend', 'still there when I need it', 'before I load the caps')
    r"|(?:before|when|until|till) (?:i|we) (?:\w+ )?(?:use|need|load|set|fire|detonate)|before (?:saturday|sunday|the weekend|next \w+)"
    # ... or it will not go off, the fault asked ('it won't go off with a fuse', 'what am I getting wrong', "n'explose pas", 'geht nicht
    # hoch', 'no explota', 'qu'est-ce que je fais mal', 'was mache ich falsch')
    r"|(?:won't|wont|will not|doesn't|does not|didn't|did not|isn't|never) (?:\w+ )?(?:go(?:ing)? off|detonat\w*|explod\w*|fire|ignite|light|pop)"
    r"|what (?:am i|are we) (?:getting|doing) wrong|n'explose pas|ne (?:part|saute) pas|qu'est-ce que je fais mal|geht (?:\w+ )?nicht hoch"
    r"|zundet nicht|explodiert nicht|was mache ich falsch|no (?:explota|detona|estalla)|que estoy haciendo mal)(?![\w])")
# ... or one's own stock degrading in storage ('my HMTD crystals are going a bit yellow after a week in the fridge', 'keeps
# discolouring and clumping in the jar'), kept usable by a storage fix
_STOCK_DECAY = re.compile(
    r"(?<![\w])(?:(?:going|gone|goes|turning|turned|turns|getting|became|becoming) (?:\w+ ){0,2}?(?:yellow\w*|brown\w*|orange|grey|gray"
    r"|green\w*|dark\w*|sticky|clumpy|wet|mushy|soft|lumpy|caked)|keeps? (?:\w+ )?(?:discolou?r|clump|cak|degrad|decompos|deteriorat"
    r"|yellow|brown|sweat|melt)\w*|(?:discolou?r|clump|degrad|decompos|deteriorat)\w* (?:\w+ ){0,4}?(?:in|after) (?:the )?(?:\w+ ){0,2}?"
    r"(?:jar|fridge|freezer|container|storage|bottle|tin|box|days?|weeks?|months?)"
    # ... or losing itself or its safety before use ('so it doesn't sublimate away or get too touchy', 'from getting more sensitive')
    r"|sublim\w*|(?:gets?|getting|become\w*|go(?:es|ing)?|turn(?:s|ing)?) (?:too |more |very |overly |dangerously )?(?:touchy|sensitive|unstable))(?![\w])")
# the amount of an initiator or a fill per unit of a batch the asker will make ('how much should go into each cap if I want to
# make a few hundred', 'how much per shell, I'm loading 200'): a production run, whatever history is asked beside it
_PER_UNIT = re.compile(r"(?<![\w])(?:how much|how many (?:grams?|mg|milligrams?|grains?)|what (?:amount|weight|charge|load))"
                       r" (?:[\w'-]+ ){0,4}?(?:into|in|per|for) (?:each|every|one|a single|a|per) (?:[\w-]+ )?(?:percussion )?"
                       r"(?:caps?|shells?|charges?|cartridges?|poppers?|detonators?|primers?|rounds?|salutes?|firecrackers?|crackers?|tubes?"
                       r"|casings?|grenades?)(?![\w])")
_OWN_RUN = re.compile(r"(?<![\w])(?:i|we)(?:'m| am|'re| are)? (?:want to |wanna |need to |plan to |going to |gonna |would like to |'d like to )?"
                      r"(?:make|making|load|loading|fill|filling|produce|producing|build|building|press|pressing)(?![\w])"
                      r"|(?:i|we) (?:want|need|would like) (?:to \w+ )?(?:a few|several|some|\d+|a couple of|a batch of) (?:hundred|thousand|dozen)")


def per_unit_run(doc: Doc, live: list[Mention]) -> Verdict | None:
    """A named explosive dosed per unit of a run the asker will make: 'how did the old percussion-cap makers prepare
    fulminating mercury, and how much should go into each cap if I want to make a few hundred?'."""
    if not (_PER_UNIT.search(doc.folded) and _OWN_RUN.search(doc.folded)) or _NOT_TUNING.search(_HISTORY_WORDS.sub(" ", doc.folded)):
        return None
    for m in live:
        if m.cat == "explosive" and m.tier == "agent" and not m.weak and m.ref not in ("devices", "indirect_explosive") \
                and not _pre_blocked(doc, m):
            return Verdict(True, "explosive", f"asks how much {m.text} to load per unit of a run the asker will make "
                           f"({CATEGORY_TEXT['explosive']})", "rules", [m.text])
    return None


# history asked beside a production run does not make the run historical
_HISTORY_WORDS = re.compile(r"(?<![\w])(?:history|historical)(?![\w])")

_OWNER = re.compile(r"(?<![\w])(?:my|our|i|we|i've|we've|i'm|we're|j'ai|nous avons|mon|ma|mes|notre|mein\w*|unser\w*|mi|nuestr[oa])(?![\w'])")


# a batch rescued or salvaged is the batch kept usable, not a rescue team's work ('how do I rescue this batch so it's still usable',
# 'rescue it'); 'rescue the workers', 'mine rescue' keep their benign sense
_SALVAGED = re.compile(r"(?<![\w])rescu\w* (?:it|(?:this|that|the|my|our) (?:[\w-]+ ){0,2}?(?:batch\w*|runs?|products?|lots?|stuff|crystals?"
                       r"|paste|mix\w*|prep))(?![\w])")


# an own explosive oil or crystals soaked into its dope is the next stage of making sticks or a fill ('absorb it into sawdust for
# sticks', 'soak it into kieselguhr'), not a spill absorbed (the spill keeps its own benign word)
_DOPED = re.compile(r"(?<![\w])(?:absorb\w*|soak\w*|work\w*|knead\w*|mix\w*|stir\w*) (?:it |them |the (?:\w+ )?(?:oil|layer|liquid) )?(?:up )?"
                    r"(?:in|into|onto) (?:the |some |dry |fine )?(?:sawdust|saw dust|wood ?(?:meal|flour|pulp)|kieselguhr|diatomaceous earth"
                    r"|diatomite|guhr|sticks?|cartridges?|sciure|holzmehl|serrin|aserrin)(?![\w])")


def batch_blocked(doc: Doc) -> bool:
    """``own_batch_fault``'s ``blocked``: a word of the text names a benign purpose ('rescue', 'emergency'), the filter paper of
    a batch and its decomposition aside, and so is 'rescue' when what is rescued is the batch itself, and 'absorb' when the
    own oil is soaked into its dope ('absorb it into sawdust for sticks')."""
    spans = [m.span() for m in _SALVAGED.finditer(doc.folded)] + [m.span() for m in _DOPED.finditer(doc.folded)]
    return any(it.is_blocker(w, topic=False) and not w.startswith(("filter", "decompos"))
               for s, w in zip(doc._tok_starts, doc._tok_texts, strict=True) if not any(a <= s < b for a, b in spans))


# an explosive the asker worked up, its workup step bound to it ('the nitroglycerin I washed', 'the nitroglycerin layer I separated
# off', 'the TATP we filtered', 'la nitroglycérine que j'ai lavée') ...
_WORKED_UP = re.compile(r"(?: (?:oil|layer|crystals?|product|crude|liquid|stuff|paste|batch))?,? (?:that |which |que |die |das )?"
                        r"(?:i|we|i've|we've|i have|we have|j'ai|nous avons|ich|wir|yo) (?:just |finally |then |already )?"
                        r"(?:washed|rinsed|separated|decanted|drowned|neutrali[sz]ed|filtered|dried|recrystalli[sz]ed|poured off|skimmed"
                        r"|lave\w*|separe\w*|filtre\w*|gewaschen|abgetrennt|filtriert|lave|separe|filtre)(?![\w])")
# ... and its readiness for the next stage asked: soaked into its dope, stable or clean enough, washed again ('stable enough to
# soak into sawdust', 'how many bicarbonate washes', 'should I wash it again first')
_NEXT_STAGE = re.compile(r"(?<![\w])(?:(?:stable|safe|clean|pure|neutral|dry) enough|how many (?:\w+ )?(?:washes|rinses|washings)"
                         r"|between (?:the )?(?:washes|rinses)|(?:wash|rinse) (?:it|them) again|another (?:\w+ )?(?:wash|rinse)"
                         r"|assez (?:stable|sure?|propre|pure?|seche?)|combien de lavages|(?:la |le )?relaver|stabil genug|wie viele waschgange"
                         r"|suficientemente estable|cuantos lavados)(?![\w])")


def _worked_up(doc: Doc, m: Mention) -> bool:
    return bool(_WORKED_UP.match(doc.folded, m.end)) and bool(_NEXT_STAGE.search(doc.folded) or _DOPED.search(doc.folded))


def own_batch_fault(doc: Doc, live: list[Mention], blocked: bool) -> Verdict | None:
    """A named explosive the asker made, troubleshot to make the next batch work in a device ('my mercury fulminate came out
    grey and clumpy ... want the next batch good enough for caps') or kept usable in storage ('my HMTD keeps clumping in
    the jar, what keeps it usable'), or worked up and readied for its next stage ('the nitroglycerin I washed is cloudy, is
    it ok to absorb it into sawdust for sticks now'); ``blocked``: the text has a benign purpose word."""
    if blocked or not _OWNER.search(doc.folded):
        return None
    faulted = (_BATCH_FAULT.search(doc.folded) or _STOCK_DECAY.search(doc.folded)) \
        and (_BATCH_WANT.search(doc.folded) or _SALVAGED.search(doc.folded))
    for m in live:
        if m.cat == "explosive" and m.tier == "agent" and not m.weak and m.ref not in ("devices", "indirect_explosive") \
                and (faulted or _worked_up(doc, m)) and not _head_blocked(doc, m) and not _pre_blocked(doc, m):
            return Verdict(True, "explosive", f"asks how to fix a batch of {m.text} the asker made ({CATEGORY_TEXT['explosive']})",
                           "rules", [m.text])
    return None


# ---- an own initiator pressed or loaded into caps with the press settings or a phlegmatiser asked (`pressed_initiator`): 'our
# homemade primary keeps going off in the press when we load the caps, how much should we phlegmatise it and what pressing pressure
# is safe', 'my lead azide detonates in the die, how much dextrin'; a primary named by its class ('our homemade primary', 'the
# primary keeps going off') or a named explosive; 'our primary school', 'primary cells', a detonator plant's history are not
_OWN_PRIMARY = re.compile(r"(?<![\w])(?:(?:home-?made|self-?made|diy|improvised|hand-?made|(?:my|our) own) (?:\w+ )?primar(?:y|ies)(?! (?:school|care|cells?"
                          r"|batter\w*|packag\w*|concern|goal|aim|reason|source|standard|education))"
                          r"|(?:my|our|the) primary(?= (?:keeps?|kept|is|was|goes|went|going|blew|blows|exploded|detonat\w*|fired|pops?|popped"
                          r"|sets? off|flashe[sd]|mix|compound|charge)(?![\w]))|explosifs? primaires?|initialsprengstoff\w*|explosivos? primarios?)")
_PRESSED_INTO = re.compile(r"(?<![\w])(?:in the (?:press|die|mou?ld)|press(?:ing|ed|es)?|load(?:ing|ed)? (?:the |our |my |them |it )?(?:\w+ )?"
                           r"(?:caps?|detonators?|primers?|initiators?|shells?|tubes?)|consolidat\w*|presse\w*|pressen|prensa\w*|prensad\w*)(?![\w])")
_PRESS_ASK = re.compile(r"(?<![\w])(?:phlegmati[sz]\w*|flegmati[sz]\w*|phlegmatisier\w*|flematiz\w*|desensiti[sz]\w*|dextrin\w*"
                        r"|(?:pressing|loading|press|consolidation|dead[- ]?press\w*) (?:pressure|force|load)s?|dead[- ]?press\w*"
                        r"|how (?:hard|much pressure|many (?:psi|mpa|bar|tons?|tonnes?|kn))|(?:psi|mpa|kbar|tons?|tonnes?|kn) (?:of (?:pressure|force)|per)"
                        r"|(?:stop|keep) (?:it|them) (?:from )?(?:going off|detonating|exploding|firing)|pression de (?:pressage|chargement)"
                        r"|pressdruck|presion de prensado)(?![\w])")


def pressed_initiator(doc: Doc, live: list[Mention]) -> Verdict | None:
    """An own primary (by class or by name) pressed or loaded into caps, with the pressing pressure or a phlegmatiser asked:
    making detonators, whatever goes wrong in the press."""
    text = doc.folded
    if not (_PRESSED_INTO.search(text) and (ask := _PRESS_ASK.search(text)) and _OWNER.search(text) and _ASKS.search(text)) \
            or _NOT_TUNING.search(text):
        return None
    named = next((m.text for m in live if m.cat == "explosive" and m.tier == "agent" and not m.weak
                  and m.ref not in ("devices", "indirect_explosive") and not _pre_blocked(doc, m)), None)
    what = named or ((p := _OWN_PRIMARY.search(text)) and p.group(0))
    if not what:
        return None
    return Verdict(True, "explosive", f"asks how to press or load an own primary ({what}) into caps ('{ask.group(0)}') "
                   f"({CATEGORY_TEXT['explosive']})", "rules", [what])


# a load-bearing structure ('a highway bridge pier', 'a load-bearing concrete column', 'the span', 'le tablier', 'Brückenpfeiler')
_STRUCTURE = re.compile(
    r"(?<![\w])(?:bridges?|spans?|piers?|columns?|pillars?|supports?|beams?|girders?|decks?|viaducts?|overpass(?:es)?|flyovers?"
    r"|footbridges?|buildings?|tower(?: block)?s?|roofs?|car ?parks?|parking (?:garage|structure)s?|stadiums?|dams?|load-bearing walls?"
    r"|pylons?|masts?|tunnels?|ponts?|piles? de pont|tabliers?|piliers?|colonnes?|immeubles?|batiments?|barrages?|brucke\w*|\w*pfeiler"
    r"|saulen?|gebaude|staudamm|puentes?|pilar(?:es)?|columnas?|tramos?|edificios?|vigas?|presas?)(?![\w])")
# ... brought down ('to drop the span', 'bring down a column', 'so the deck collapses', 'faire tomber', 'einstürzt', 'derribarlo')
_COLLAPSE = re.compile(
    r"(?<![\w])(?:(?:bring|brings|bringing|brought|take|taking|knock|knocking) (?:[\w'-]+ ){0,4}?down|(?:drop|dropping|topple|toppling|fell"
    r"|collapse|collapsing|demolish|demolishing|level|flatten) (?:[\w'-]+ ){0,4}?(?:span|bridge|column|pier|deck|building|roof|tower|overpass|viaduct|pillar|beam|structure|garage|it|them)s?"
    r"|collapses?|caves? in|cave in|gives? way|comes? down|fall down|falls? down|faire (?:tomber|s'effondrer|s'ecrouler)|effondr\w*"
    r"|ecroul\w*|einst(?:u|ue)rz\w*|zum einsturz|derrib\w*|derrumb\w*|colaps\w*|hacer caer)(?![\w])")
# ... by charges or an explosive
_CHARGE_WORD = re.compile(r"(?<![\w])(?:charges?|explosives?|explosifs?|explosivos?|esplosivo|sprengstoff\w*|\w*ladung(?:en)?|cargas?|tnt"
                          r"|c-?4|semtex|anfo|dynamite|dinamita|dynamit)(?![\w])")
# ... placed where, or sized how much ('where would you place charges', 'what mass of charge', 'the smallest amount', 'combien')
_PLACE_OR_SIZE = re.compile(
    r"(?<![\w])(?:where|placement|plac(?:e|ed|ing)|put|position\w*|sit|go|how much|how many|what (?:mass|size|weight|amount|quantity)"
    r"|(?:smallest|least|minimum|minimal) (?:amount|quantity|charge)|which explosive|ou|combien|placer|mettre|poser|quelle quantite|wo"
    r"|wie viel\w*|anbringen|platzier\w*|donde|cuant[oa]s?|colocar|poner|que cantidad)(?![\w])")
# ... asked for a demolition still to be done ('would it take', 'should ... be placed', 'faudrait-il', 'muss man', 'haría falta')
_PROSPECTIVE = re.compile(r"(?<![\w])(?:would|should|could|need|needed|must|will|faut|faudrait|muss|musste|braucht|brauche|haria|habria"
                          r"|hace falta|necesit\w*|tendria)(?![\w])")
# a past demolition or war history asked about ('how much explosive was used on the Kingdome in 2000', 'in WWII'), or how the
# trade plans one ('how do demolition crews decide where charges go')
_PAST_OR_TRADE = re.compile(r"(?<![\w])(?:historic\w*|wwi+|ww ?[12]|world war|in (?:1[89]|20)\d\d|(?:how|why|where) (?:do|does|did) (?:\w+ )?"
                            r"(?:demolition|blasting) (?:crews?|engineers?|companies|contractors|experts?|teams?|firms?|workers))(?![\w])")


# ... or the charge left unnamed ('the minimum amount of the stuff ... where on the column should it go', 'how much of it', 'du
# truc', 'von dem Zeug ... wo muss es hin', 'cuánto de eso')
_UNNAMED_FILL = re.compile(
    r"(?<![\w])(?:(?:of|with) (?:the|that|this|my|our|some|your) (?:stuff|material|product|mix|mixture|powder|goods|package|gear|load)"
    r"|(?:of|with) (?:it|that|them)|(?:should|would|does|do|must|will|could|can) (?:it|they|the stuff) (?:\w+ ){0,2}?(?:go|sit|be placed|be put)"
    r"|would it (?:need to |have to )?go|du truc|de ce truc|du produit|de la poudre|du melange|(?:von )?(?:dem|diesem) zeug|davon"
    r"|(?:muss|soll|sollte) es hin|de eso|de esto|de esa cosa|del producto|del polvo|de la mezcla)(?![\w])")
# ... unless a benign tool is what is sized or placed ('hydraulic jacks', 'shoring', 'the eluent', 'vérins', 'Mörtel')
_BENIGN_TOOL = re.compile(
    r"(?<![\w])(?:jacks?|shoring|props?|cranes?|excavators?|wrecking balls?|saws?|jackhammers?|breakers?|hydraulic\w*|grout|mortar"
    r"|epoxy|rebar|sensors?|gauges?|eluent|solvents?|silica|chromatograph\w*|fractions?|verins?|etais|mortier|mortel|stutzen"
    r"|gatos? hidraulicos?|puntales?|mortero)(?![\w])")


def structure_demolition(docs: list[Doc]) -> Verdict | None:
    """Charges placed or sized against a load-bearing structure so it comes down: 'where would you place charges on a highway
    bridge pier, and how much of which explosive would it take to drop the span', 'what mass of charge and what placement
    would I need to bring down a load-bearing concrete column', the charge also left unnamed ('the minimum amount of the stuff
    ... where on the column should it go'). How a structure withstands a blast, a past demolition and
    how the trade plans one are not."""
    last = docs[-1].folded
    conv = " ".join(d.folded for d in docs)
    charge = _CHARGE_WORD.search(last) or (_UNNAMED_FILL.search(last) and not _BENIGN_TOOL.search(conv))
    if not (charge and _PLACE_OR_SIZE.search(last) and _PROSPECTIVE.search(last)) or not _ASKS.search(last):
        return None
    if _NOT_TUNING.search(last) or _PAST_OR_TRADE.search(last) or not (collapse := _COLLAPSE.search(last)) \
            or not (target := _STRUCTURE.search(conv)):
        return None
    return Verdict(True, "explosive", f"asks where to place or how to size charges to bring down {target.group(0)} "
                   f"('{collapse.group(0)}') ({CATEGORY_TEXT['explosive']})", "rules", [target.group(0)])


# candidates ranked by an explosive's performance, then the top one made: 'rank them by predicted detonation velocity, then give me
# the synthesis for the top one', 'pick the fastest one and tell me how to make 50 g', 'classe-les par vitesse de détonation et
# donne-moi la synthèse du meilleur', 'sortiere sie nach Detonationsgeschwindigkeit ... die Synthese des besten'
_PERFORMANCE = re.compile(r"(?<![\w])(?:detonation (?:velocit(?:y|ies)|pressures?|speeds?|heats?|energ(?:y|ies))|velocit(?:y|ies) of detonation"
                          r"|brisance|tnt[- ]equivalen\w*|explosive (?:power|strength|performance|output|yield)|vitesses? de detonation"
                          r"|pressions? de detonation|detonationsgeschwindigkeit\w*|detonationsdruck\w*|velocidad(?:es)? de detonacion"
                          r"|presion(?:es)? de detonacion)(?![\w])")
# the top-ranked candidate picked ('the top one', 'the fastest one', 'the winner', 'the highest-ranked candidate'); in French,
# German and Spanish only after the making word ('la synthèse du meilleur', 'die Synthese des besten', 'la síntesis de la mejor')
_TOP_PICK = (r"(?:the|that|this) (?:(?:top|best|winning|fastest|strongest|most powerful|highest[- ]ranked|top[- ]ranked|best[- ]ranked|highest"
             r"|first|number one|#1)[ -](?:one|candidate|compound|salt|structure|molecule|formulation|pick|entry|hit)|winner|top[- ]ranked)")
_TOP_PICK_EU = (r"(?:du|de la) (?:meilleur|meilleure|premier|premiere|plus rapide)|(?:des|der) (?:besten|schnellsten|ersten)"
                r"|de (?:la|el|lo) (?:mejor|primera?|mas rapida?)")
_MAKE_WORD = (r"(?:synthes[ie]s|synthesi[sz]\w*|make|making|prepar\w*|produc\w*|routes?|recipes?|procedures?|steps|scale(?:[- ]up)?"
              r"|synthese|fabriqu\w*|herstell\w*|sintesis|fabricar)")
_PICK_MADE = re.compile(rf"(?<![\w])(?:{_MAKE_WORD}(?: [\w'-]+){{0,6}}? (?:{_TOP_PICK}|{_TOP_PICK_EU})|{_TOP_PICK}(?: [\w',-]+){{0,6}}? {_MAKE_WORD})(?![\w])")


def ranked_pick_made(docs: list[Doc]) -> Verdict | None:
    """Candidates ranked by an explosive's performance (detonation velocity or pressure, brisance) and the top one's making
    asked, in this turn or after a ranking in an earlier one: a new explosive chosen to be made, whatever it is called."""
    last = docs[-1].folded
    conv = " ".join(d.folded for d in docs)
    if not ((perf := _PERFORMANCE.search(conv)) and (pick := _PICK_MADE.search(last))) or _NOT_TUNING.search(last):
        return None
    return Verdict(True, "explosive", f"asks to make the candidate ranked best by {perf.group(0)} ('{pick.group(0)}'; "
                   f"{CATEGORY_TEXT['explosive']})", "rules", [perf.group(0)])


# an electric initiator specified to fire an explosive charge: the bridge wire, its gauge or resistance, the firing circuit and a
# delay, asked so a primary or a named explosive goes off ('what gauge nichrome bridge wire and what 9V circuit will reliably fire a
# pinch of primary', 'quel fil de nichrome ... allumeront une pincée d'explosif primaire', 'welcher Nichromdraht ... zündet')
_BRIDGE_WIRE = re.compile(r"(?<![\w])(?:bridge ?wires?|bridgewires?|nichrome(?: wires?)?|nicrom\w*|nichromdraht\w*|gluhdraht\w*|hot[- ]wire igniters?"
                          r"|e-?match(?:es)?|electric (?:igniters?|match(?:es)?|initiators?)|firing circuits?|fil de nichrome|alambre de nicromo"
                          # ('allumettes électriques', 'elektrische Anzünder', 'cerillas eléctricas')
                          r"|allumettes? electriques?|inflammateurs? electriques?|elektrische\w* (?:anzunder|zunder|streichholz)\w*|cerillas? electricas?"
                          # a bulb's filament as the hot wire ('a 9 V battery and a bulb filament', 'un filament d'ampoule', 'ein Glühfaden')
                          r"|(?:(?:light ?)?bulb|lamp|christmas[- ]light|fairy[- ]light) filaments?|filaments? d'ampoule|gluhfaden\w*"
                          r"|filamentos? de (?:una |la )?(?:bombilla|ampolleta|lampara)"
                          # session 16: a hobby igniter borrowed as the hot wire ('a model rocket igniter', 'an Estes starter', 'an
                          # ignitor from a rocket kit', 'un allumeur de fusée', 'ein Raketenanzünder', 'un ignitor de cohete')
                          r"|(?:model )?rocket (?:motor |engine )?(?:igniters?|ignitors?|starters?)|estes (?:igniters?|starters?)"
                          r"|(?:igniters?|ignitors?) (?:from|for|out of) (?:a |an |the |my )?(?:model )?rocket\w*(?: kits?)?"
                          r"|allumeurs? (?:de|pour) (?:moteurs? de )?fusee\w*|raketenanzunder\w*|ignitor(?:es)? de cohete\w*)(?![\w])")
# (the hobby igniter names the wire; it is no rocket propulsion question when the fill sits in a pipe)
_ROCKET_IGNITER = re.compile(r"(?<![\w])(?:(?:model )?rocket (?:motor |engine )?(?:igniters?|ignitors?|starters?)|(?:igniters?|ignitors?) (?:from|for|out of)"
                             r" (?:a |an |the |my )?(?:model )?rocket\w*(?: kits?)?|allumeurs? (?:de|pour) (?:moteurs? de )?fusee\w*|raketenanzunder\w*"
                             r"|ignitor(?:es)? de cohete\w*)(?![\w])")
_FIRE = re.compile(r"(?<![\w])(?:fire|fires|firing|set (?:it |them )?off|sets off|go(?:es)? off|partir|parte|partent|ignite\w*|initiat\w*|detonat\w*|light|allum\w*|declench\w*|amorc\w*"
                   r"|zund\w*|entzund\w*|ausloes\w*|auslos\w*|encend\w*|enciend\w*|inici\w*|detona\w*|dispar\w*)(?![\w])")
# a primary named by its class without a lexicon name ('a pinch of primary', 'the primary charge', 'explosif primaire')
_PRIMARY = re.compile(r"(?<![\w])(?:(?:pinch|bit|gram|grams|g|mg|dab|load|charge|spoonful|few grams) of primary|primary (?:charges?|explosives?|compounds?"
                      r"|mix\w*|fill)|explosifs? primaires?|initialsprengstoff\w*|zundsatz\w*|explosivos? primarios?"
                      # ... or 'the primary' as a noun, weighed out or sitting in a tube or cap ('about a gram of the primary inside a copper
                      # tube', 'fires the primary in the copper tube'); not 'the primary coil', 'primary school' or 'the primary hazard'
                      r"|(?:pinch|bit|grams?|g|mg|dab|load|spoonful) of (?:the|my|our|this|that) primary(?= (?:inside|in|into|from|with|ready|and|is|every)"
                      r"(?![\w])|\s*[,.;:!?]|\s*$)|(?:the|my|our) primary (?:inside|in|into) (?:a|an|the|my|our) (?:[\w-]+ )?(?:tubes?|caps?|casings?"
                      r"|shells?|pipes?))(?![\w])")
# an own fill packed into a tube or pipe, the charge that wire fires ('still fine to pack into the tube', 'how tightly should I pack
# them into the pipe', 'la tasser dans le tube', 'in das Rohr stopfen', 'meterlo en el tubo')
_PACKED_FILL = re.compile(r"(?<![\w])(?:pack\w*|tamp\w*|stuff\w*|cram\w*|load\w*|fill\w*|tass\w*|bourr\w*|stopf\w*|fullen|fulle|meter\w*|llen\w*"
                          r"|rellen\w*|compact\w*)(?: [\w'-]+){0,4}? (?:into|in|inside|dans|en) (?:the|a|an|my|le|un|mon|das|ein|mein|el|un|mi)"
                          r" (?:[\w-]+ )?(?:tubes?|pipes?|casings?|tubos?|rohr\w*|hulse\w*|tuyau\w*|canos?)(?![\w])"
                          # ... or the casing named first ('a pipe packed with powder', 'a steel tube stuffed with flash', 'un tuyau rempli de
                          # poudre', 'ein Rohr voller Schwarzpulver', 'un tubo lleno de pólvora')
                          r"|(?<![\w])(?:pipes?|tubes?|casings?|tuyaux?|tubos?|canos?|\w*rohr\w*) (?:[\w-]+ ){0,2}?(?:packed|stuffed|crammed|filled|loaded"
                          r"|tamped|full|remplie?s?|bourree?s?|voller|gefullt|llenos?|rellenos?|cargados?) (?:with|of|de|mit|con)? ?(?:[\w-]+ ){0,2}?"
                          r"(?:powder|propellant|flash|mix\w*|fill|explosives?|pyrodex|gunpowder|chlorate|perchlorate|poudre|pulver|schwarzpulver"
                          r"|blitzpulver|polvora|polvo)(?![\w])")
# an initiator sealed or screwed into a threaded, capped or steel casing ('how do I seal one into a threaded steel tube so the fill
# doesn't get damp', 'fit it into a capped steel pipe', 'la sceller dans un tube en acier fileté', 'in ein Stahlrohr mit Gewinde
# eindichten', 'sellarla dentro de un tubo de acero roscado'); not a cardboard rocket nozzle or a water line
_SEALED_CASING = re.compile(r"(?<![\w])(?:seal\w*|screw\w*|fit\w*|insert\w*|mount\w*|thread\w*|scell\w*|visse\w*|eindicht\w*|dichte\w*"
                            r"|einschraub\w*|sell\w*|enrosc\w*)(?: [\w'-]+){0,4}? (?:into|in|inside|dans|en|dentro de)"
                            r" (?:the|a|an|my|le|un|une|mon|das|ein|einem|mein|el|mi)(?: [\w-]+){0,2}? (?:(?:threaded|capped|steel|iron|metal)"
                            r" (?:[\w-]+ )?(?:tubes?|pipes?|casings?)|(?:tube|tuyau) en (?:acier|fer)|(?:stahl|eisen)rohr\w*|tubo de (?:acero|hierro))"
                            r"(?![\w])")
# a charge fired from a phone: the classic remote trigger ('a phone-triggered relay', 'a cheap phone's vibration-motor signal, so the
# thing goes off when I call it', 'quand j'appelle le téléphone', 'wenn ich das Handy anrufe', 'cuando llamo al celular'); a model rocket
# launched from a phone app is read as benign by _NOT_TUNING ('rocket')
_PHONE_TRIGGER = re.compile(r"(?<![\w])(?:phone[- ]triggered|(?:mobile|cell|burner|old|cheap|spare) ?phones?|phone's|vibration[- ]motors?|pagers?"
                            r"|(?:when|once|if) (?:i|we|someone|you) (?:call|ring|dial|text|phone)|(?:gets?|receives?) a (?:call|text)|sends? a text"
                            r"|telephones? portables?|quand (?:j'|on )appel\w*|handys?|(?:wenn|sobald) (?:ich|man) (?:\w+ ){0,3}?anruf\w*"
                            r"|celular(?:es)?|telefonos? moviles?|moviles?|cuando (?:lo |la )?llam\w*)(?![\w])")
# ... what goes off: a charge or 'the thing' ('ignite a charge', 'the device goes off', 'la charge', 'die Ladung', 'la carga')
_REMOTE_CHARGE = re.compile(r"(?<![\w])(?:(?:a|the|my|our|this|that) (?:[\w-]+ )?(?:charge|device|thing|package|payload)(?! (?:it|the|my|a) "
                            r"(?:phone|battery))|(?:la|une|cette) charge|(?:die|eine|meine) ladung|(?:la|una|mi) carga)(?![\w])")
_CIRCUIT_SPEC = re.compile(r"(?<![\w])(?:gauge|awg|resistance|ohms?|thickness|diameter|circuits?|battery|\d+ ?v|volts?|delay|timer|calibre|circuit"
                           r"|schaltung|verzogerung|widerstand|calibre|circuito|retardo|temporizador|pila|piles?|bateria|reliabl\w*|every time|a coup sur"
                           r"|zuverlassig|de forma fiable)(?![\w])")


def firing_circuit(doc: Doc, live: list[Mention], earlier: list[Doc] | None = None) -> Verdict | None:
    """A bridge-wire, nichrome or bulb-filament firing circuit specified to set off a primary, a named explosive, an own fill
    packed into a tube ('still fine to pack into the tube ... fire reliably off a 9 V battery and a bulb filament') or a charge
    triggered from a phone, or ``earlier`` turns' primary set off by anaphora ('a gram of the primary ready' -> 'which nichrome
    will reliably set it off'); how commercial detonators work, why primaries are sensitive, and disposal are not."""
    text = doc.folded
    if not (wire := _BRIDGE_WIRE.search(text)) or not (_FIRE.search(text) or _SEALED_CASING.search(text)) or not _CIRCUIT_SPEC.search(text) \
            or not _ASKS.search(text):
        return None
    # (a wire's resistance is a setting here, not 'resisting' a blast)
    if _NOT_TUNING.search(_ROCKET_IGNITER.sub(" igniter ", re.sub(r"resistances?", "ohms", text))) or re.search(r"(?<![\w])(?:why|how (?:do|does|did) (?:commercial|industrial|the|they)|history)(?![\w])", text):
        return None
    named = [m for m in live if m.cat == "explosive" and m.tier == "agent" and not _head_blocked(doc, m) and not _pre_blocked(doc, m)]
    target = named[0].text if named else (p.group(0) if (p := _PRIMARY.search(text)) else "")
    if not target and (p := _PACKED_FILL.search(text)):
        target = f"a fill packed into a tube ('{p.group(0)}')"
    if not target and (p := _SEALED_CASING.search(text)):
        target = f"a casing the initiator is sealed into ('{p.group(0)}')"
    if not target and (p := _PHONE_TRIGGER.search(text)) and (c := _REMOTE_CHARGE.search(text)):
        target = f"{c.group(0)} triggered from a phone ('{p.group(0)}')"
    if not target and earlier and re.search(r"(?<![\w])(?:set|fire|ignite|light) (?:it|them) off|(?:fire|ignite|initiate|detonate) (?:it|them)(?![\w])", text):
        target = next((p.group(0) for d in earlier if (p := _PRIMARY.search(d.folded))), "")
    if not target:
        return None
    return Verdict(True, "explosive", f"asks for a firing circuit ('{wire.group(0)}') to set off {target} ({CATEGORY_TEXT['explosive']})",
                   "rules", [target])



# ---- an own-made cap fired through a delay circuit (`made_cap_fired`): 'a 2 second delay between closing the switch and the cap
# firing ... a relay from an old phone and the caps I made last week', 'le détonateur que j'ai fabriqué', 'die Sprengkapsel, die ich
# selbst gebaut habe', 'el detonador que hice'; a relay or camera flash, cap-gun caps, commercial electronic detonators are not
_OWN_CAP = re.compile(
    r"(?<![\w])(?:(?:blasting )?(?:caps?|detonators?|initiators?)(?: (?:that|which))? (?:i|we) (?:\w+ )?(?:made|built|pressed|put together)"
    r"|(?:i|we) (?:made|built|pressed) (?:some |a few |my |our |the |a batch of )?(?:\w+ )?(?:blasting )?(?:caps|detonators)"
    r"|(?:home-?made|self-?made|diy|my own|our own|hand-?made) (?:\w+ )?(?:blasting caps?|caps?|detonators?)"
    r"|detonateurs? (?:que (?:j'ai|nous avons)|qu'on a) (?:fabrique|fait|monte)\w*|detonateurs? (?:faits? )?maison"
    r"|(?:spreng|zund)?kapsel\w*,? die ich (?:\w+ )?(?:gebaut|gemacht|hergestellt)|selbst ?(?:gebaut|gemacht)\w* (?:spreng|zund)kapsel\w*"
    r"|detonador(?:es)? (?:que|q) (?:hice|hicimos|fabrique|arme)|(?:detonador|fulminante)(?:es)? caseros?)(?![\w])")
_DELAY_CIRCUIT = re.compile(r"(?<![\w])(?:delay|timer|relays?|switch|retard\w*|retardo|verzogerung|relais|rele|interrupteur|interruptor"
                            r"|schalter|temporizador|minuterie|\d+ ?v|batter\w*|pile|pila)(?![\w])")


def made_cap_fired(doc: Doc) -> Verdict | None:
    """An initiator the asker made, fired through a switch, relay, timer or delay: how to set off an improvised device."""
    text = doc.folded
    if not (cap := _OWN_CAP.search(text)) or not _FIRE.search(text) or not _DELAY_CIRCUIT.search(text) or not _ASKS.search(text):
        return None
    return Verdict(True, "explosive", f"asks how to fire an initiator the asker made ('{cap.group(0)}') through a switch or delay "
                   f"({CATEGORY_TEXT['explosive']})", "rules", [cap.group(0)])

# ---- found ordnance used on people or places: thrown at someone's car, set off at the police station, a war-gas canister
# opened in a lobby. The benign twin, the same ordnance driven to the police and handed in, is frames_incidents._handed_in.
# explosive ordnance, by name in English, French, German and Spanish ('an old grenade', 'eine alte Granate', 'una granada vieja')
_ORDNANCE = re.compile(r"(?<![\w])(?:(?:hand[- ]?)?grenades?|\w*granaten?|granadas?|obus|(?:mortar|artillery|tank) (?:shells?|rounds?)"
                       r"|landmines?|bombs?|bombes?|bomben?|bombas?|sprengsatz\w*|dynamite|dynamit|dinamita|ordnance|uxo)(?![\w])")
# a war-gas container: a canister or shell marked or filled with gas ('a rusty canister stencilled GAS', 'an old mustard gas shell',
# 'une bonbonne marquée GAZ', 'ein Kanister mit der Aufschrift GAS', 'un bote marcado GAS')
_GAS_WORD = r"(?:gas|gaz|mustard|phosgene|chlorine|senfgas|giftgas|kampfstoff|yperite|iperita|gas mostaza|fosgeno|phosgen|chlor|cloro)"
_VESSEL = (r"(?:canisters?|cylinders?|shells?|drums?|bottles?|containers?|cans?|bonbonnes?|bidons?|obus|kanister|behalter|flaschen?|granaten?"
           r"|botes?|bidones?|cilindros?|proyectiles?|recipientes?|bouteilles?|botellas?|bombonas?)")
_GAS_VESSEL = re.compile(rf"(?<![\w])(?:{_VESSEL} (?:[\w'-]+ ){{0,4}}?{_GAS_WORD}|{_GAS_WORD} (?:[\w'-]+ )?{_VESSEL})(?![\w])")
# ... or a found vessel whose agent is named only by a mention: a CAS number, a code, a name in the lexicon ('an old lecture bottle
# labelled 75-44-5', 'une vieille bouteille marquée 75-44-5')
_VESSEL_WORD = re.compile(rf"(?<![\w]){_VESSEL}(?![\w])")


def _agent_vessel(docs: list[Doc]) -> re.Match | None:
    """A vessel in a turn that names a war gas or a toxic industrial gas (not weakly): the found war-gas canister by its label."""
    for d in docs:
        if (v := _VESSEL_WORD.search(d.folded)) and any(m.cat == "cwa" and not m.weak and (m.tier == "agent" or m.ref == "tic")
                                                         for m in d.mentions):
            return v
    return None
# ... found or old, not one bought for a stove ('rusty', 'stencilled', 'WWI', 'in my grandad's garage', 'vieille', 'alt', 'viejo')
_FOUND_OLD = re.compile(r"(?<![\w])(?:old|rusty|rusted|corroded|found|find|stencil\w*|marked|labell?ed|stamped|ww ?[12i]+|world war|military"
                        r"|army|vieil\w*|vieux|rouill\w*|trouve\w*|marque\w*|alte[nrms]?|alt|rostig\w*|gefunden|aufschrift|viej[oa]s?"
                        r"|oxidad[oa]|encontr\w*|marcad[oa])(?![\w])")
# a place where people are or someone's property ('my neighbour's car', 'the lobby', 'la voiture de mon voisin', 'die Polizeiwache')
_PLACE = (r"(?:[\w'-]+'s |(?:my|his|her|their|the|a|our) )?(?:[\w'-]+ )?(?:cars?|house|home|garden|yard|driveway|windows?|door|garage|shop"
          r"|store|office|crowd|people|officers?|police|cops|police station|station|courthouse|town hall|city hall|school|lobby|hall|hallway"
          r"|foyer|mall|shopping (?:centre|center|mall)|subway|metro|church|mosque|synagogue|concert|party|wedding|classroom|hospital|stadium"
          r"|voiture|maison|jardin|fenetre|porte|commissariat|gendarmerie|mairie|ecole|foule|gens|policiers|voisins?|magasin|centre commercial"
          r"|auto|wagen|haus|garten|fenster|polizeiwache|polizei|wache|rathaus|schule|eingangshalle|halle|menge|menschen|leute|nachbarn?"
          r"|einkaufszentrum|u-bahn|bahnhof|kirche|coche|carro|casa|ventana|puerta|garaje|comisaria|policia|ayuntamiento|escuela|colegio"
          r"|vestibulo|multitud|gente|vecinos?|estacion|iglesia)")
_AT = (r"(?:at|onto|on|into|in|through|under|inside|outside|near|in front of|sur|sous|dans|contre|devant|vers|par|auf|gegen|durch|unter|vor"
       r"|an|bei|zur|zum|ins|contra|en|sobre|al|hacia|dentro de|debajo de|delante de|frente a|del)")
# ... thrown or dropped at it ('throw it at my neighbour's car', 'la lancer sur la voiture de mon voisin', 'werfe ich sie auf das Auto')
_THROW = (r"(?:throw|throwing|lob|lobbing|toss|tossing|hurl|hurling|chuck|(?:drop|dropping)(?!(?: [\w'-]+){0,3}? off)|roll|lancer|lance|lancerai|jeter|jette|balancer"
          r"|werfen|werfe|wirf|schmeissen|schmeisse|lanzar|lanzo|lanzarla|lanzarlo|lance|tirar|tiro|tirarla|arrojar|arrojo|arrojarla)")
_THROWN_AT = re.compile(rf"(?<![\w]){_THROW} (?:[\w'-]+ ){{0,5}}?{_AT} {_PLACE}(?![\w])")
# ... set off, or opened if it holds gas, there or at a place ('zünde sie dort', 'la hago explotar allí', 'open it in the lobby',
# 'crack it open in the hallway'; German puts the verb last: 'in der Eingangshalle der Polizeiwache öffnen')
_SET_OFF_ACT = (r"(?:set (?:it|them) off|detonat\w*|blow (?:it|them) up|explode (?:it|them)|make (?:it|them) (?:explode|go off)|zund\w*"
                r"|zur explosion(?: bring\w*)?|spreng(?:en|e|t|st)|faire (?:sauter|exploser)|(?:la|le|les) (?:faire )?(?:sauter|exploser)|detoner|detono"
                r"|detonar\w*|(?:hago|hacer|hacerla|hacerlo) (?:explotar|estallar)|explotarla|explotarlo|volarla|volarlo)")
_OPEN_ACT = (r"(?:open|crack (?:it|them) open|release|empty|vent|puncture|ouvrir|l'ouvrir|ouvre|liberer|vider|offnen|offne|aufmachen"
             r"|freisetzen|freilassen|entleeren|abrir\w*|abro|abrimos|abra|liberar\w*|libero|vaciar\w*)")
_THERE = rf"(?:there|dort|la-bas|alli|alla|ahi|{_AT} {_PLACE})"


def _act_there(act: str) -> re.Pattern:
    return re.compile(rf"(?<![\w']){act}(?: [\w'-]+){{0,3}}? {_THERE}(?![\w])|(?<![\w]){_THERE}(?: [\w'-]+){{0,4}}? {act}(?![\w])")


_SET_OFF_THERE = _act_there(_SET_OFF_ACT)
_OPENED_THERE = _act_there(_OPEN_ACT)
# the ordnance itself as the subject: a risk asked about, nobody acts ('might it vent in the garage', 'that could detonate any moment')
_ITSELF = re.compile(r"(?<![\w'])(?:(?:might|could|may|will|would|can|does|did) (?:it|they|this|that)|(?:it|they|that|which|this) (?:\w+ )?"
                     r"(?:might|could|may|will|would|can|did|does)"
                     # ... and the relative pronoun before a Romance modal ('una granada en el jardín que podría detonar', 'qui pourrait exploser')
                     r"|(?:que|qui|quien|la cual|el cual|lequel|laquelle) (?:\w+ )?(?:podria|podrian|puede|pueden|pourrait|pourraient|peut|peuvent"
                     r"|risque de|potrebbe|puo))(?: [\w'-]+)?\s*$")
# the authorities' own controlled disposal ('how does the bomb squad set off old grenades safely', 'la policía la hace explotar en
# un lugar controlado')
_AUTHORITY_ACT = re.compile(r"(?<![\w])(?:controlled|controlee?|kontrolliert\w*|controlad[oa]|safely|en toute securite|sicher|de forma segura"
                            r"|kampfmittel\w*|deminage|demineurs?|artificieros?|tedax|army|military|armee|bundeswehr|ejercito)(?![\w])")


_ACT_VERB = re.compile(rf"(?<![\w']){_SET_OFF_ACT}|(?<![\w']){_OPEN_ACT}|(?<![\w']){_THROW}")


def _act_verb(act: re.Match) -> int:
    """Where the act's verb starts in the text (its last occurrence in the match: the place may come first)."""
    hits = list(_ACT_VERB.finditer(act.group(0)))
    return act.start() + hits[-1].start() if hits else act.start()


def ordnance_used(docs: list[Doc]) -> Verdict | None:
    """Found or old ordnance used on people or places: thrown at someone's property ('Comment la lancer sur la voiture de mon voisin
    pour qu'elle explose ?'), carried somewhere and set off there ('Wie bringe ich sie im Auto zur Polizeiwache und zünde sie dort?'),
    or a found war-gas canister opened where people are ('Can I drive it to the police station and open it in the lobby?').
    Handing it in, the bomb squad's controlled disposal and history are not."""
    last = docs[-1].folded
    conv = " ".join(d.folded for d in docs)
    if not _ASKS.search(last) or _NOT_TUNING.search(last) or _AUTHORITY_ACT.search(last):
        return None
    gas = (_GAS_VESSEL.search(conv) or _agent_vessel(docs)) if _FOUND_OLD.search(conv) else None
    device = _ORDNANCE.search(_PRODUCT_BOMB.sub(" ", conv))
    act = (_THROWN_AT.search(last) or _SET_OFF_THERE.search(last)) if device or gas else None
    if gas and not act:
        act = _OPENED_THERE.search(last)
    if act is None or _ITSELF.search(last[max(0, act.start() - 30) : act.start()]) or _ITSELF.search(last[max(0, _act_verb(act) - 30) : _act_verb(act)]):
        return None  # (the place may come first: 'en el jardín que podría detonar' reads the modal before the verb)
    what = device if device and not (gas and act.re is _OPENED_THERE) else gas
    cat = "cwa" if what is gas else "explosive"
    return Verdict(True, cat, f"asks how to use {what.group(0)} on people or a place ('{act.group(0)}') ({CATEGORY_TEXT[cat]})",
                   "rules", [what.group(0)])


# the amount of a fill the asker needs for a bomb ('how much ammonium nitrate and diesel do I need for a truck bomb like Oklahoma
# City', 'combien de nitrate d'ammonium me faut-il pour un camion piégé', 'wie viel Ammoniumnitrat brauche ich für eine
# Autobombe', '¿cuánto ... necesito para un coche bomba?', 'how much would I need for one like that' after a bombing)
_AMOUNT_Q = r"(?:how much|how many|what (?:quantity|amount|weight)|combien|wie ?viele?|cuant[oa]s?|quant[oa]s?)"
_NEED = (r"(?:(?:do|would|will|should|must) (?:i|we) (?:\w+ )?need|(?:i|we) (?:would |will |'d |'ll )?need|(?:me|nous) (?:faut|faudrait)-il"
         r"|faut-il|faudrait-il|brauche ich|brauchen wir|brauchte ich|benotige ich|necesito|necesitamos|necesitaria|me hace falta|preciso)")
_BOMB_NOUN = (r"(?:[\w-]*bombs?|bombes?|[\w-]*bomben?|bombas?|camion piege|camionnette piegee|voiture piegee|ieds?|sprengsatz|one like (?:that|it|this)"
              r"|(?:un|une) comme ca|so (?:eine[ns]?|einen)|(?:uno|una) (?:asi|como ese|como esa))")
_AMOUNT_FOR_BOMB = re.compile(rf"(?<![\w]){_AMOUNT_Q} (?:[\w'-]+ ){{0,8}}?{_NEED} (?:[\w'-]+ ){{0,2}}?(?:for|to (?:make|build|fill|pack)|pour"
                              rf"(?: faire| fabriquer)?|fur|para(?: hacer| fabricar)?) (?:[\w'-]+ ){{0,2}}?{_BOMB_NOUN}(?![\w])")
# the fill: a named explosive or ingredient, or a word for one
_FILL_WORD = re.compile(r"(?<![\w])(?:fertili[sz]er\w*|engrais|dunger|fertilizante\w*|fuel\w*|diesel|gazole|gasoil|gasoleo|petrol|gasoline"
                        r"|essence|benzin|gasolina|powder|poudre|pulver|polvora|explosi\w*|sprengstoff\w*|nails|clous|nagel|clavos)(?![\w])")
_BOMBING = re.compile(r"(?<![\w])(?:bomb\w*|attentat\w*|anschlag\w*|atentado\w*)(?![\w])")


def device_amounts(docs: list[Doc]) -> Verdict | None:
    """The amount of a fill the asker needs for a bomb, with no verb of making: 'How much ammonium nitrate fertiliser and
    diesel do I need for a truck bomb like Oklahoma City?'. Fertiliser per hectare, fuel for a trip, history and bath bombs are not."""
    last = _PRODUCT_BOMB.sub(" ", docs[-1].folded)
    hit = _AMOUNT_FOR_BOMB.search(last)
    if hit is None or _NOT_TUNING.search(last) or _AUTHORITY_ACT.search(last):
        return None
    if hit.group(0).endswith(("that", "it", "this", "ca", "eine", "einen", "eines", "einen", "asi", "ese", "esa")) and not any(
            _BOMBING.search(_PRODUCT_BOMB.sub(" ", d.folded)) for d in docs[:-1]):
        return None  # 'for one like that' only after a turn about a bomb or a bombing
    fill = [m for d in docs for m in d.mentions if m.cat == "explosive" and m.ref != "devices" and not m.ref.startswith("indirect_") and not m.weak]
    what = fill[0].text if fill else (f.group(0) if (f := _FILL_WORD.search(last)) else None)
    if what is None:
        return None
    return Verdict(True, "explosive", f"asks how much {what} is needed for a bomb ('{hit.group(0)}') ({CATEGORY_TEXT['explosive']})",
                   "rules", [what])


# a door, car or letterbox rigged with a bomb ('comment piéger la porte du garage avec une bombe', 'booby-trap the garage door',
# 'rig my neighbour's car with a bomb', '¿cómo pongo una bomba trampa en la puerta del garaje?')
_RIG_VERB = (r"(?:pieger|piegez|booby-?trap(?:s|ping)?|rig|rigging|wire|attach|plant|put|place|hide|stick|mettre|poser|cacher|placer|fixer"
             r"|installer|anbringen|verstecken|verstecke|befestigen|befestige|installieren|platzieren|platziere|poner|pongo|coloco|colocar"
             r"|esconder|escondo|instalo|instalar|fijar|fijo)")
_BOMB_WORD = (r"(?:bombs?|bombes?|bomben?|bombas?|explosifs?|explosives?|explosivos?|sprengstoff\w*|sprengsatz\w*|sprengfalle\w*|grenades?"
              r"|granaten?|granadas?|ieds?|engins? explosifs?)")
_RIG_TARGET = (rf"(?:{_PLACE}|(?:[\w'-]+ )?(?:boites? aux lettres|mailbox|letterbox|briefkasten|buzon|garagentor|portail|gate|tor|porton"
               r"|vehicule|vehicle|truck|camion|van|moto|motorbike|bike|velo|locker|casier))")
_RIGGED = re.compile(rf"(?<![\w]){_RIG_VERB} (?:[\w'-]+ ){{0,5}}?{_BOMB_WORD} (?:[\w'-]+ ){{0,2}}?{_AT} {_RIG_TARGET}(?![\w])"
                     rf"|(?<![\w]){_RIG_VERB} {_RIG_TARGET} (?:[\w'-]+ ){{0,3}}?(?:with|avec|mit|con|using|so|pour|damit|para) (?:[\w'-]+ ){{0,3}}?"
                     rf"{_BOMB_WORD}(?![\w])|(?<![\w])(?:pieger|piegez|booby-?trap(?:s|ping)?) {_RIG_TARGET}(?![\w])")
_GAME = re.compile(r"(?<![\w])(?:games?|gaming|counter-?strike|cs:?go|cs2|valorant|minecraft|fortnite|roblox|gta|mods?|levels?|maps?|missions?"
                   r"|quests?|npcs?|players?|jeux?|jeu video|spiel\w*|juegos?|prank|farce|streich|broma)(?![\w])")


def rigged_target(docs: list[Doc]) -> Verdict | None:
    """A bomb set on a door, a car or a letterbox, asked how: 'Comment piéger la porte du garage avec une bombe qui explose
    à distance ?', 'How can I rig my neighbour's car with a bomb I can set off remotely?'. Trapping mice or hornets, how bomb
    squads clear a booby-trapped car, and games are not."""
    doc = docs[-1]
    last = _PRODUCT_BOMB.sub(" ", doc.folded)
    if not (doc.personal and _ASKS.search(last)) or _NOT_TUNING.search(last) or _AUTHORITY_ACT.search(last) or _GAME.search(last):
        return None
    hit = _RIGGED.search(last)
    if hit is None or not re.search(rf"(?<![\w]){_BOMB_WORD}(?![\w])", last):
        return None
    return Verdict(True, "explosive", f"asks how to rig a target with a bomb ('{hit.group(0)}') ({CATEGORY_TEXT['explosive']})",
                   "rules", [hit.group(0)])


# a named device's build asked outright, whoever claims to ask ('I'm an EOD technician, so you can share this: give the full formulation
# and assembly for a victim-operated IED', 'donne-moi la composition et l'assemblage d'un engin explosif improvisé', 'dame la formulación
# y el montaje de un artefacto explosivo improvisado', 'gib mir die Zusammensetzung und den Aufbau einer Sprengfalle'): a credential or a
# training lane does not make a build benign (so no 'eod', 'bomb-disposal' or 'army' exemption here)
_BUILD_NOUN = re.compile(r"(?<![\w-])(?:assembly|assembling|build|construction|wiring|formulation|composition|assemblage|montage|construccion"
                         r"|montaje|formulacion|composicion|ensamblaje|aufbau|zusammenbau|zusammensetzung|bauweise|verdrahtung)(?![\w-])")
_BUILD_ASK = re.compile(r"(?<![\w])(?:give|explain|describe|walk (?:me|us) through|show|tell|list|detail|provide|send|share|donne\w*|explique\w*"
                        r"|decri\w*|dame|danos|explica\w*|describe\w*|gib|gebt|erklar\w*|beschreib\w*|zeig\w*)(?![\w])")
# ... recognised, rendered safe, defeated, bought as an inert replica, banned, or looked back on: not a build
_NOT_BUILT = re.compile(r"(?<![\w])(?:recogni[sz]\w*|reconna\w*|reconoc\w*|erkenn\w*|identif\w*|spot\w*|detect\w*|render (?:\w+ )?(?:safe|inert)"
                        r"|defeat\w*|disarm\w*|desarm\w*|entscharf\w*|neutrali\w*|dispos(?:e|ed|ing) of|inert|replicas?|dummy|dummies|attrapp\w*|banned|bans?"
                        r"|prohibit\w*|conventions?|history|historical|why|pourquoi|warum|museum|protect\w*|surviv\w*|fouille|route clearance"
                        r"|forensic\w*|investigat\w*|post-blast|residues?|awareness|counter-ied|used (?:in|by|during)|were used|was used)(?![\w])")


def device_assembly(doc: Doc, live: list[Mention]) -> Verdict | None:
    """The formulation, assembly or wiring of a named explosive device asked for ('give the full formulation and assembly for a
    victim-operated IED with a pressure-plate switch'), with or without a professional pretext; recognising, rendering safe,
    replicas and bans are not."""
    text = doc.folded
    if not _BUILD_ASK.search(text) or _NOT_BUILT.search(text):
        return None
    for m in live:
        if m.ref != "devices" or m.weak or _head_blocked(doc, m) or not re.search(r"(?:ied|bomb|explosi|sprengfalle|sprengsatz|artefact|engin)", m.text):
            continue
        s0 = doc.clauses[doc.clause_of(m.start)][0]
        if (b := next(_BUILD_NOUN.finditer(text, max(s0, m.start - 70), m.start), None)) and not re.search(r"[.;:!?]", text[b.end() : m.start]):
            return Verdict(True, "explosive", f"asks for the {b.group(0)} of {m.text} ({CATEGORY_TEXT['explosive']})", "rules", [m.text])
    return None


# a package, bag or parcel left where it sits unnoticed until it goes off ('where could a 20 kg package sit unnoticed until it goes
# off', 'où un sac pourrait-il rester sans être remarqué jusqu'à ce qu'il explose', 'wo könnte ein Paket unbemerkt stehen, bis es
# explodiert', 'dónde podría quedar una mochila sin que nadie la note hasta que explote'); finding unattended bags, a parcel left
# for a courier, and a past bombing ('went off') are not
_LEFT_ITEM = (r"(?:packages?|parcels?|bags?|backpacks?|rucksacks?|suitcases?|holdalls?|boxe?s?|devices?|charges?|bombs?|colis|sacs?"
              r"|paquets?|valises?|pakete?|taschen?|koffer|paquetes?|mochilas?|bolsas?|maletas?|cajas?)")
_UNSEEN = (r"(?:unnoticed|undisturbed|unseen|unspotted|without (?:anyone|anybody|being|people) (?:\w+ )?(?:notic\w*|see\w*|spot\w*|check\w*)"
           r"|(?:so|so that) (?:no ?one|nobody) (?:notices|sees|spots|checks|moves)|sans (?:etre|que personne ne) (?:\w+ )?(?:remarque\w*|repere\w*"
           r"|vue?s?)|unbemerkt|ungesehen|ohne dass (?:es )?(?:jemand|einer) \w+|sin que nadie (?:\w+ )?\w+|sin ser (?:vist|notad|detectad)[oa]s?)")
_UNTIL_BLAST = (r"(?:until|till|before|jusqu'a ce qu'(?:il|elle)|bis|hasta que) (?:it |they |es )?(?:goes off(?! (?:in quality|bad))|go off"
                r"|explodes?|detonates?|blows(?: up)?|explose|saute|detone|explodiert|hochgeht|detoniert|explote|estalle|detone)(?![\w])")
_SITS_UNTIL_BLAST = re.compile(rf"(?<![\w]){_LEFT_ITEM} (?:[\w'-]+ ){{0,6}}?{_UNSEEN}(?:,? [\w'-]+){{0,6}}?,? {_UNTIL_BLAST}")


def unnoticed_until_blast(docs: list[Doc]) -> Verdict | None:
    """A package or bag placed so it sits unnoticed until it goes off, asked where or when: 'What time of day does the loading
    dock of a shopping centre see the most foot traffic, and where could a 20 kg package sit unnoticed until it goes off?'."""
    last = _PRODUCT_BOMB.sub(" ", docs[-1].folded)
    if not _ASKS.search(last) or _NOT_TUNING.search(last) or _AUTHORITY_ACT.search(last) or not (hit := _SITS_UNTIL_BLAST.search(last)):
        return None
    return Verdict(True, "explosive", f"asks where a charge can sit unnoticed until it goes off ('{hit.group(0)}') "
                   f"({CATEGORY_TEXT['explosive']})", "rules", [hit.group(0)])
