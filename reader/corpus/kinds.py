"""Tell body paragraphs from headings and page furniture.

Saved web articles carry the page around the article: comment prompts, "Related Posts",
membership pitches, author boxes, bylines, date stamps, image captions, embedded-tweet credits,
the title repeated. Those must not be aligned or counted as what an author argued, so each
paragraph gets a kind by general rules about its form, never by matching known articles.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import takewhile

from reader.corpus import fact_checks
from reader.corpus.dates import FOREIGN_MONTH_NAME, MONTHS, NUMERIC_DATE, WEEKDAYS
from reader.corpus.irregular_verbs import IRREGULAR_PASTS
from reader.corpus.model import Kind
from reader.corpus.marks import (
    ENCYCLOPEDIA_MARKER, SPEAKER_LABEL, debate_record, fold, footnote_marks, opens_later_turn, titled, turn_label,
    unmarked_end,
)
from reader.corpus.names import FUNCTION_WORDS, META_SEPARATOR, PARTICLES, byline_parts, is_name, titled_by
from reader.corpus.sentences import CJK_STOPS, SCRIPT_STOPS
from reader.corpus.word_lists import WORD_MIN_FREQUENCY, read_list
from reader.corpus.segment import (
    CUE_TIMING, DATELINE_PREFIX, LIST_ITEM, PAGE_NUMBER, RUNNING_MAX_WORDS, running_line, wire_dateline,
)

# Where a share bar offers to send the article: one place, or a list of them as share bars
# print their row of buttons ("on Facebook and Twitter", "via X, WhatsApp or email"); up to
# six, the most a share bar shows as words.
_SHARE_TO = (r"(?:social media|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|bluesky|threads|mastodon"
             r"|email|a friend|friends)")
# (a bar copied from the browser keeps its buttons' labels alone, a run of spaces or a tab between
# them: "Share this story  Facebook  X  Email")
_SHARE_TARGETS = rf"{_SHARE_TO}(?:(?:,| and|, and| or|, or| &|\s+[|·•/]|)\s+{_SHARE_TO}){{0,5}}"
_SHARE_BUTTON = (rf"(?:(?:share|tweet|email|print)(?: this(?: \w+)?)?(?:(?: on| via| to| with|:)\s+{_SHARE_TARGETS})?"
                 # ... and "Share" straight before them, with no word to join them
                 rf"|share(?: this(?: \w+)?)?\s+{_SHARE_TARGETS}"
                 # a blog's buttons read out ("Click to share on Facebook (Opens in new window)",
                 # "Click to email a friend"), a paper's "Share full article"
                 rf"|click to (?:share|email|print)(?: this(?: \w+)?)?(?:(?: on| via| to| with|)\s+{_SHARE_TARGETS})?"
                 r"(?:\s*\(opens in (?:a )?new (?:window|tab)\))?"
                 r"|share (?:the )?full (?:article|story))")
# ... and a share bar's buttons alone, three or more with no word between them ("Facebook
# Twitter WhatsApp Email"; "Facebook and Twitter" is a heading)
SHARE_ROW_MIN = 3
_SHARE_ROW = rf"{_SHARE_TO}(?:(?:\s*[|·•/,]\s*|\s+){_SHARE_TO}){{{SHARE_ROW_MIN - 1},5}}"
# A page's lists of its other stories, under a heading of their own ("Most Read", "Trending
# now", "Top stories", "Editor's picks"): furniture, as a "Related" heading is.
_STORY_LISTS = (r"most (?:read|popular|viewed|shared|emailed|commented)(?: (?:stories|articles|now|today))?"
                r"|trending(?: now| stories)?|(?:more|top|latest) (?:stories|headlines)|editor['’]?s['’]? picks?")
# What a page offers to do with the article (listen to it, save it, give it away, copy its
# link), where its advertisement breaks in, and the counter and agency credit under a photo.
_PAGE_ACTIONS = (r"listen to (?:this|the) (?:article|story)(?:\W.{1,20})?|(?:save|gift|bookmark)(?: this)? (?:article|story)"
                 r"|copy(?: the)? link(?: to (?:the |your )?clipboard)?|(?:advertisement|ad)\W+(?:scroll|continue).{0,30}"
                 r"|(?:the )?(?:story|article) continues (?:below|after)(?: the)? (?:advertisement|ad)"
                 r"|(?:image|photo|picture|slide) \d{1,3} of \d{1,3}|\(?(?:ap photo|afp|getty images|reuters|epa)(?:/.{1,40})?\)?"
                 r"|follow @\w+.{0,30}"
                 # the author's handle under an opinion piece ("Follow her on X @jroe", "Follow Ivo on Twitter: @ivo")
                 r"|(?:you can )?follow (?:\w+(?: \w+)? )?(?:on (?:x|twitter|instagram|bluesky|threads|mastodon|facebook"
                 r"|linkedin|tiktok)(?: \(formerly twitter\))?\s*(?:[:—–-]\s*|at )?)?@\w[\w.]*(?:@[\w.-]+)?")
# A live blog's list of its main entries, each a time and the entry's headline, as a list of
# links to them, and the switch that shows those entries alone.
_KEY_EVENTS = r"(?:show |hide )?key (?:events|moments|updates)(?: only)?"
# (the switch is furniture wherever it stands; the list's head only over its list, see _FURNITURE_HEAD)
_KEY_EVENTS_SWITCH = r"(?:show |hide )key (?:events|moments|updates)(?: only)?|key (?:events|moments|updates) only"
# A link to another story, as a page sets it between paragraphs ("Read more: …"), in English and
# in the languages of the news read beside it ("Читайте также", "Lire aussi", "Həmçinin oxuyun",
# "Կարդացեք նաև", "اقرأ أيضا", "קראו עוד").
_READ_ALSO = (r"read (?:more|next|also)|читайте (?:также|тоже|також)|(?:à )?lire aussi"
              r"|lesen sie auch|mehr zum thema|(?:lea|leer|lee) (?:también|más)|leggi anche|leia (?:também|mais)"
              # (and their other ways of saying it: "Te puede interesar", "Veja também", "Potrebbe interessarti")
              r"|(?:también )?(?:te|le) puede interesar|(?:ver|vea|mira|mire) también|(?:veja|confira|leia) também"
              r"|saiba mais|(?:você )?(?:também )?pode gostar|(?:ti )?potrebbe (?:interessarti|interessare)(?: anche)?"
              r"|(?:vedi|guarda|leggi) (?:anche|pure)|per approfondire|approfondisci"
              r"|ayrıca (?:okuyun|bakınız)|[iİ]lgili haber(?:ler)?|həmçinin oxuyun|oxşar xəbərlər"
              r"|կարդացեք (?:նաև|նաեւ)|اقرأ (?:أيضا|أيضاً|ايضا)|بیشتر بخوانید|קראו (?:עוד|גם)")
# ... and such a link on one line: the phrase, a colon (Armenian's "՝") and the story's headline, which
# ends on no full stop ("Read more: Ferries stop for the winter"; "Ver también el informe." is a sentence).
_LINKED_HEADLINE_MAX = 60  # characters of the headline a link line gives
_READ_ALSO_LINK = re.compile(rf"(?:{_READ_ALSO})\s*[:՝]\s*[^\n]{{1,{_LINKED_HEADLINE_MAX}}}(?<![.!…])", re.IGNORECASE)
# ... or without the colon, the headline opening as a heading does, on a capital (or a letter of a
# script without capitals): "İlgili haber Belediye seferleri durdurdu", "Читайте также Порт закрыт"
# ("Read more about the ferries in the minutes", "Potrebbe interessare anche ai sindaci" go on in
# lower case: a sentence that opens with the words). After "more", a word of comparison says the
# words are a phrase of their own, no label ("Read More Than Headlines", a section's heading; "Lea
# más que titulares"): _COMPARED.
_COMPARED = frozenset("than que".split())
_READ_ALSO_SPACED = re.compile(rf"(?:{_READ_ALSO})[ \t]+(?P<headline>[^\n]{{1,{_LINKED_HEADLINE_MAX}}})(?<![.!…])",
                               re.IGNORECASE)
# ... of which those that say only "more" ("Read more", "Leia mais", "Saiba mais", "Mehr zum Thema") stand
# alone as often as a teaser's button, over the story's own heading, as over a link.
_MORE_BUTTON = re.compile(r"read more|(?:lea|leer|lee) más|leia mais|saiba mais|mehr zum thema", re.IGNORECASE)
# A plea to follow the outlet's channel or subscribe, in those languages ("Подписывайтесь на наш
# канал в Telegram", "Abone olun").
_FOLLOW_US = r"(?:подписывайтесь|підписуйтесь|abone olun|abunə olun)\b.*"
# The line a mail program sets above the message a reply answers ("-----Original Message-----",
# Outlook's; its dashes are furniture marks): what follows is the other message, not the reply's.
_ORIGINAL_MESSAGE = r"(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale)"
# A court's number for a case has at least this many characters ("Case No. LC/2026/0088", "No. 412").
CASE_NUMBER_MIN_CHARS = 3
_CASE_NUMBER = (r"(?:case|claim|appeal|application|docket|complaint|petition|cause)\s+(?:no\.?|number|#)\s*:?\s*"
                rf"(?=[^\s.,;]*\d)[\w/.\-]{{{CASE_NUMBER_MIN_CHARS},30}}(?:\s*[(\[][\w ]{{1,12}}[)\]])?"
                r"|neutral citation(?: number)?:?\s*\[\d{4}\][\w() ]{1,40}")
# The mark a release, a transcript or wire copy ends on ("-ENDS-", "(END)", "[END OF TRANSCRIPT]").
_END_MARK = (r"[\[(]?(?:the )?ends?(?: of (?:the )?(?:transcript|release|statement|story|article|text|document|report"
             r"|broadcast|interview|bulletin|message))?[\])]?")
# The line a copied encyclopedia page opens its text with.
_ENCYCLOPEDIA_TAGLINE = "from wikipedia, the free encyclopedia"
_FURNITURE = re.compile(
    r"(?:add|leave|post|write|view|show|load|read)(?: an?| the| your)? (?:comments?|reply|replies)"
    r"|(?:log ?in|sign in|register) to (?:comment|reply|post)"
    rf"|\d* ?comments?(?: ?\(\d+\))?|{_PAGE_ACTIONS}|related(?: \w+){{0,2}}(?:: .{{1,70}})?|about the authors?"
    r"|more (?:from|by|on) .{0,40}"
    rf"|{_SHARE_BUTTON}(?:[ ,|·•/]+{_SHARE_BUTTON}){{0,7}}"  # a bar of buttons: "Share on Facebook Share on X Email"
    rf"|{_SHARE_ROW}"
    rf"|advertisement|sponsored(?: content)?|{_STORY_LISTS}"
    rf"|{_READ_ALSO}|{_FOLLOW_US}|recommended(?: for you)?|(?:you )?may also like"
    r"|tags?:.*|topics?:.*|filed under:?.*|follow us.*|sign up.*|subscribe.*|newsletter.*"
    r"|all rights reserved.*|copyright .*|© .*|(?:click|tap) here.*|skip to (?:main )?content"
    r"|log ?in|sign in|register|menu|search|home|back to top|previous(?: post)?|next(?: post)?"
    # a live blog's badges and buttons ("LIVE", "BREAKING", "Live Reporting", "Pinned", "Show more", "Skip advertisement")
    r"|live(?: now| reporting| coverage| updates)?|breaking(?: news)?|pinned(?: post| update)?|(?:show|see|load) (?:more|older|newer)(?: updates| posts| entries)?"
    r"|jump to|skip (?:advertisement|ad)"
    # a press release's labels, and its end mark ("FOR IMMEDIATE RELEASE", "-ENDS-")
    r"|(?:for )?immediate release|(?:press|news|media) release|(?:for )?(?:media|press) (?:enquiries|inquiries)"
    r"|(?:media|press) contacts?|(?:investor|media|press) relations"
    # ... and when it may be published ("Embargoed until 00:01 GMT, 10 March 2026", "Not for publication before …";
    # the noun says so with a time or a date: "Embargo until the end of the war" heads a story's section)
    r"|(?:strictly )?(?:embargoed|under embargo)\s+(?:until|till)\b.{1,60}|(?:strictly )?embargo\s+(?:until|till)\b\D{0,30}\d.{0,40}"
    r"|embargo(?:ed)?\s*:\s*\d.{0,60}"
    r"|not for (?:publication|release|broadcast|distribution) (?:before|until)\b.{1,60}|hold for release\b.{0,60}"
    # a newswire's closing line, who sent the release ("SOURCE Ministry of Waterways")
    r"|(?-i:SOURCE)\s+\S.{0,70}"
    # an embedded video's title ("Watch: …", "WATCH | …")
    r"|watch(?:\s*[:|]\s*.{1,70}| live| now)"
    rf"|{_END_MARK}"
    # a court's or a tribunal's number for the case, at a judgment's head ("Case No. LC/2026/0088",
    # "Appeal No: UT-2026-412", "Neutral Citation Number: [2026] UKUT 12 (LC)")
    # (a number of CASE_NUMBER_MIN_CHARS characters or more: "Claim No. 1" heads a list of claims)
    rf"|{_CASE_NUMBER}"
    # a copied encyclopedia page's own lines
    rf"|{_ENCYCLOPEDIA_TAGLINE}|this page was last (?:edited|modified) on .{1,60}"
    # a newsletter's and a mail program's: "View this email in your browser", "Unsubscribe | …"
    r"|view (?:this |the )?(?:email|e-mail|newsletter|message)(?: online| (?:in|on) (?:your|a|the) (?:web )?browser)?"
    r"|(?:view|read|open)(?: (?:this|it))? (?:online|(?:in|on) (?:your |a |the )?(?:web )?browser)"
    # ... and a newsletter platform's: "Forwarded this email? Subscribe here", its buttons, its sponsor's label
    r"|(?:was this (?:email|e-mail|newsletter) forwarded to you|forwarded this (?:email|e-mail|newsletter)|new here)\?.{0,60}"
    # (the sponsor's name, no clause after a comma and no second sentence: "Sponsored by the state, the
    # militia took the port." is a sentence)
    r"|like|restack|start writing|get the app|(?:sponsored|presented|brought to you) by (?!.*\.\s)[^,;!?]{1,60}"
    # a channel's or a feed's export: a post passed on ("Forwarded from …"), and where its medium stood
    r"|forwarded from [^.,;!?]{1,60}|photo|video|voice message|video message|sticker|gif"
    r"|(?:having )?trouble viewing this (?:email|e-mail|message)\W.{0,60}|unsubscribe.*|forward (?:this|to a friend).{0,40}"
    r"|you(?:'re|’re| are) receiving this\b.{0,120}|you (?:received|got) this (?:email|e-mail|message|newsletter)\b.{0,120}"
    r"|(?:update|manage|change) (?:your )?(?:email |subscription )?(?:preferences|settings|subscription)"
    r"|privacy(?: policy| notice)|terms(?: of (?:use|service)| and conditions)|contact us|sent from my .{1,40}"
    # a cookie banner's buttons, and a sign-up form's field
    r"|(?:accept|reject|allow|decline|refuse|deny)(?: all| necessary| essential| selected| optional)?(?: cookies)?"
    r"|(?:cookie|privacy|consent) (?:settings|preferences|policy|choices)|manage (?:cookies|preferences|consent|settings)"
    r"|(?:enter )?your e-?mail(?: address)?|e-?mail address"
    rf"|{_ORIGINAL_MESSAGE}|forwarded message|begin forwarded message|weitergeleitete nachricht|message transféré"
    r"|webvtt(?:[ \t].{0,60})?"  # the header of subtitles (their cues' timings: CUE_TIMING)
    # a live blog's list of its main entries and its switch ("Key events", "Show key events only"),
    # and the notice a page shows where its script would run ("Please turn on JavaScript …")
    rf"|{_KEY_EVENTS_SWITCH}|(?:please |you (?:need|must) (?:to )?)?(?:turn on|enable|activate|switch on|allow) javascript\b.{{0,80}}",
    re.IGNORECASE,
)
# An address to write or call, as a press release or a letter sets it under the text ("Tel: +44
# 20 7946 0123", "Email: press@ministry.example", "Contact: a.b@c.example | 07700 900456"): a
# short line with an e-mail address or a telephone number (written from its "+" or its leading
# "0", so that a year or a range of years is none) and few words besides. A line OF contact
# details, not a sentence that mentions one ("Call the helpline on 0800 123 4567 tonight.", "The
# hotline is 0800 555 1111."): one that ends on a full stop, a question or an exclamation mark
# is the story's, unless a label and a colon bring its details in ("Tel: 020 7946 0123.").
# (an address's name starts where its run of such characters does: a search tries each run once,
# not each of its characters, and reads a line of 200 kB without a space or an "@" in linear time)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A telephone number has at most PHONE_MAX_DIGITS digits (ITU-T E.164: a country's code and the
# number within it), however its separators group them: a longer run of digits (an account's, a
# parcel's, a hash's) is no number to call, nor is any stretch of it.
PHONE_MAX_DIGITS = 15
_PHONE = re.compile(rf"(?=[+(]?(?:\d[ ()./-]*+){{1,{PHONE_MAX_DIGITS}}}+(?!\d))(?:\+|(?<![\w.])0|\(0)\d[\d ()./-]{{5,18}}\d")
_CONTACT_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
# A label's colon ("Tel: ", "Tel:020"), not a clock time's ("at 10:30 the hotline, 0800 555 1111,
# opened."). A block of lines (a name, a number, an address, each on a line of its own) is a list
# of details whatever its lines end with: only a line alone is read as a sentence.
_LABEL_COLON = re.compile(r"(?<!\d):|:(?!\d)")
# ... or a label cut short with a stop right before the details ("Tel. 020 7946 0123.", "Tél. +33
# 1 23 45 67 89.", "Mob. 07700 900456."): a word of at most LABEL_ABBREVIATION_MAX letters; a
# sentence's word before a number does not end on a stop.
LABEL_ABBREVIATION_MAX = 4
_LABEL_ABBREVIATION = re.compile(rf"(?<!\w)[^\W\d_]{{1,{LABEL_ABBREVIATION_MAX}}}\.\s*$")
_CONTACT_MAX = 160
# ... or a label of at most CONTACT_LABEL_WORDS words before the details, and nothing after them
# but the stop ("Phone 01632 960 111.", "Mobile 07700 900456."): a sentence names who calls
# before its number ("He called 0800 555 1111.", "Witnesses should call 0800 555 1111."). The
# label is a noun for the line (CONTACT_LABELS, in the languages of the news read beside
# English): a verb ("Call 0800 555 1111.", "Ring …") is a sentence that tells the reader to call.
CONTACT_LABEL_WORDS = 1
# (each language's short forms and its spellings without accents are labels too: "Tlf", "Tfno",
# "Movil", "Моб", "Cep", "GSM"; and the channels a number is given for: "SMS", "Telegram".)
CONTACT_LABELS = frozenset({
    "phone", "telephone", "tel", "mobile", "mob", "cell", "fax", "hotline", "helpline", "email",
    "mail", "landline", "freephone", "switchboard", "enquiries", "inquiries", "office", "sms", "whatsapp", "telegram",
    "viber", "signal",
    "téléphone", "tél", "portable", "courriel", "gsm",
    "teléfono", "móvil", "movil", "celular", "cel", "tlf", "telf", "tfno", "correo",
    "telefone", "telemóvel", "telemovel", "tlm",
    "telefono", "cellulare",
    "telefon", "telefax", "handy", "mobil", "mobiltelefon",
    "cep",
    "телефон", "тел", "факс", "моб", "мобильный", "мобільний",
    "faks",
    "հեռախոս", "հեռ",
    "هاتف", "الهاتف", "جوال", "موبايل", "فاكس",
    "تلفن", "موبایل", "همراه", "فکس", "نمابر",
    "טלפון", "טל", "נייד", "פקס",
})
# A heading that a press release or a live blog sets over its furniture ("Contacts" over names,
# telephone numbers and addresses; "Key moments" over a list of times and headlines), and that
# a news story sets over a section of its own ("Contacts" over the meetings of two sides, "Key
# moments" of a battle told in paragraphs): furniture only where what follows it is, a line to
# write or call among the next CONTACT_REACH passages (a name or an office may stand first; a
# sentence of the story that gives an address to write to is none), or a list's first item (or
# the switch that shows the key moments alone) under the key moments' head: a live blog's list
# links to its entries by their times, a timeline of years or dates ("- 1991: Armenia declares
# independence") is the story's own text.
_FURNITURE_HEAD = re.compile(rf"(?P<contacts>contacts?)|{_KEY_EVENTS}", re.IGNORECASE)
CONTACT_REACH = 2
# ... or, where the text ends under it, up to this many short lines and no sentence (names,
# offices, a postal address).
CONTACT_BLOCK_LINES = 8
_CONTACT_WORDS = 6  # besides its addresses and numbers: "Out of hours", "Press office, call"
_MEMBERSHIP = re.compile(
    r".{0,40}\b(?:becom(?:e|ing) an? .{1,40} (?:member|subscriber|patron)|subscribe (?:today|now)"
    r"|support (?:our|independent) journalism|sign up for (?:our|the) (?:\w+ )?newsletter"
    r"|(?:get|receive|have)\b.{1,60}\b(?:to|in|into) your inbox)\b.{0,80}",
    re.IGNORECASE,
)
# A paywall's pitch where the article stops for those without a subscription ("This article is
# for subscribers only. Subscribe to continue reading…"): the page's words, not the author's.
_PAYWALL = re.compile(
    r".{0,80}\b(?:(?:for|to) (?:paid |premium )?(?:subscribers|members) only|subscribers?[- ]only|exclusive(?:ly)? "
    r"(?:for|to) (?:subscribers|members)|(?:subscribe|sign in|log in|register) to (?:continue|keep|start) reading"
    r"|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register)"
    r"|already an? (?:subscriber|member)\b.{0,20}(?:sign|log) in)\b.{0,120}",
    re.IGNORECASE,
)
# A site's cookie notice ("We use cookies to improve your experience. By continuing to browse
# you agree to our use of cookies.", "We and our partners store information on your device,
# such as cookies, …"): the site speaking of itself, and asking for consent.
_CONSENT_MAX = 400  # characters: two or three sentences and the names of its buttons
_CONSENT = re.compile(
    r"(?=\W{0,3}(?:\w+\W+){0,3}?(?:we|(?:this|our) (?:site|website))(?: and our (?:\w+ )?(?:partners|vendors))?"
    r" (?:use|uses|place|places|store|stores|set|sets)\b.{0,80}?\bcookies\b)"
    r"(?=.*\b(?:agree|consent|accept|continu\w*|preferences|settings|cookie policy|privacy policy|your device"
    r"|personali[sz]ed)\b)"
    rf".{{1,{_CONSENT_MAX}}}", re.IGNORECASE | re.DOTALL)
# A word every paywall pitch or copyright line holds: looking for them first rules most
# paragraphs out at a fraction of the patterns' cost.
_NOTICE_WORDS = ("subscri", "member", "reading", "©", "(c)", "copyright")
# The page's copyright line ("© 2026 The Daily Ledger. All rights reserved.", "(c) 2026 …"),
# often with the agency's notice that the text may not be republished after it.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b).{0,60}(?:\d{4}|all rights reserved).{0,160}", re.IGNORECASE)
# An editor's note on the article itself ("Correction: An earlier version of this article
# misstated …", "Clarification: …", "Editor's note: …"). A reader wants to see it, but it is a
# note about the article, not a claim the author makes about the story: aligned as one it would
# pair with the other side's telling of whatever it corrects. So it is boilerplate, as the other
# notes about an article are (photo credits, sources, the author's sign-off): still shown in
# the pane, left out of alignment and of what each side alone says.
_EDITORS_NOTE = re.compile(
    r"[ *_]*(?:corrections?|clarifications?|editor['’]?s['’]? note|note to readers)\s*(?:[:—–]|\s-\s)\s*\S",
    re.IGNORECASE,
)
# Who reported, wrote or edited the story, on a line of its own at its foot, as wire copy and
# newspapers print it ("Reporting by Ivo Marek; editing by Lena Ostrova", "Additional reporting
# by the Ledger's correspondents."): each credit a role, "by" and a name (a capital, or "the"
# and one), so that "Reporting by the numbers" stays a heading.
_CREDIT_ROLE = (r"(?i:(?:additional |further |with )?(?:reporting|writing|editing|research|fact[- ]checking|graphics"
                r"|translation|production)(?: and (?:reporting|writing|editing|research|graphics))?"
                r"|(?:edited|written|compiled|translated|produced))")
_ONE_CREDIT = rf"{_CREDIT_ROLE} (?i:by) (?:the )?[A-Z](?:[^.;()]|(?<=\b[A-Z])\.)*"
_CREDIT_LINE = re.compile(rf"\(?{_ONE_CREDIT}(?:[.;,]\s*{_ONE_CREDIT})*[.)]*")
_CREDIT_LINE_MAX = 300
# An outlet's disclaimer under an opinion piece ("The views expressed are the author's own."):
# a note about the article, not a claim in it, as an editor's note is.
_DISCLAIMER = re.compile(
    r"(?:the )?(?:views?|opinions?)(?: and (?:views?|opinions?))? expressed(?: (?:in|on|by) this \w+| here(?:in)?)?"
    r" (?:are|is|do not|does not) .{0,60}?\b(?:authors?|writers?|contributors?|columnists?)\b.{0,200}",
    re.IGNORECASE | re.DOTALL)
_DISCLAIMER_MAX = 400
# The note that the article was changed after it was published ("This article was amended on
# 23 October to correct …", "An earlier version of this story misstated …"): an editor's note
# without the label.
_AMENDED = re.compile(
    r"[ *_(]*(?:this (?:article|story|post|piece|report) (?:was|has been|had been) (?:amended|updated|corrected"
    r"|changed|edited|revised)|an? (?:earlier|previous) version of this (?:article|story|post|piece|report)"
    r"|this is an? (?:developing|breaking)(?: news)? (?:story|report))\b",
    re.IGNORECASE,
)
# A blog's plea to pass the post on ("If you found this useful, share it with someone who …").
_SHARE_PLEA = re.compile(
    r"(?:if you (?:found|find|enjoyed|enjoy|liked|like) (?:this|it)(?: \w+)?(?: useful| helpful| interesting)?,?\s+)?"
    r"(?:please\s+)?(?:share|forward) (?:it|this)(?: (?:post|article|story|piece|page))? (?:with|to) .{1,100}",
    re.IGNORECASE,
)
# The note that the text is a translation ("[Translated from the Armenian]", "Translated from the
# Russian by Ivo Marek", "(This interview was translated from Azerbaijani.)"): a note about the
# article, as an editor's note is, whatever its length, not a claim in it (two translated
# articles would be linked by it). It names the language, the translator or both: who
# translated is named ("Ivo Marek", "Google Translate") or the paper's own ("the editors", "our
# staff"), and what was translated is the article itself ("this report", "the interview").
# "Translated into law, the plan …", "The report was translated into Ukrainian by volunteers"
# and "The story was translated by the embassy and sent on" are sentences of the text.
_TRANSLATOR = (r"(?:(?:the|our) )?(?:(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}"
               r"|editors?|staff|authors?|translators?|newsroom|desk|team)")
_TRANSLATION_NOTE = re.compile(
    r"[\[(]?(?:(?:this (?:article|story|text|interview|piece|report|statement|transcript|column|speech)"
    r"|the (?:article|story|interview|piece|column)) (?:was|has been|is) )?(?:machine[- ])?translated"
    r"(?=.* (?:from|into|by) )"
    r"(?: (?:from|out of) (?:the )?(?:original )?(?-i:[A-Z])[\w'’-]*)?(?: into (?-i:[A-Z])[\w'’-]*)?"
    rf"(?: (?:by|with the help of) {_TRANSLATOR}(?:(?:,| and| &) {_TRANSLATOR}){{0,3}})?\.?[\])]?\.?", re.IGNORECASE)
_TRANSLATION_NOTE_MAX = 160
# A list of sources on one line at a post's foot ("Sources: Kelmet river council; Valley Courier;
# Reuters", "Fuentes: …"): its label, and SOURCE_ITEMS_MIN items or more between semicolons or
# bars, each of at most SOURCE_ITEM_WORDS words (a headline under the label, "Sources: Minister
# to quit", is one item).
SOURCE_ITEMS_MIN = 2
SOURCE_ITEM_WORDS = 12
_SOURCE_LINE = re.compile(r"(?:sources?|references?|fuentes|referencias|fontes|referências|fonti|riferimenti|quellen"
                          r"|références)\s*:\s*(?P<items>\S.*)", re.IGNORECASE)
_SOURCE_SEPARATOR = re.compile(r"\s*[;|]\s*")


def _source_line(text: str) -> bool:
    """Whether `text` is a list of sources on its line (see SOURCE_ITEMS_MIN)."""
    found = _short(text, _NOTE_MAX) and (";" in text or "|" in text) and _SOURCE_LINE.fullmatch(text.strip())
    items = _SOURCE_SEPARATOR.split(found["items"].rstrip(" .")) if found else []
    return len(items) >= SOURCE_ITEMS_MIN and all(0 < len(item.split()) <= SOURCE_ITEM_WORDS for item in items)


def _source_lines(texts: Sequence[str]) -> set[int]:
    """The lists of sources on one line at a text's foot, nothing after them but furniture (a
    headline above the text or a subhead in it, "Sources: Port to close; 200 jobs at risk", is
    the story's)."""
    found: set[int] = set()
    for i in range(len(texts) - 1, 0, -1):
        if _source_line(texts[i]):
            found.add(i)
        elif not _furniture(texts[i]):
            break
    return found


_NOTE_MAX = 600  # characters: a correction runs two or three sentences (and ends as one does:
# "Corrections: the hidden prison system" is a heading)
# A line that introduces a list of links to other stories: the list's items are furniture too.
_LINK_LIST_HEAD = re.compile(
    rf"related(?: \w+){{0,2}}|{_READ_ALSO}|more (?:from|on|by) .{{0,40}}|recommended(?: for you)?"
    rf"|(?:you )?may also like|{_STORY_LISTS}|{_KEY_EVENTS}",
    re.IGNORECASE,
)
_LINK_ITEM_MAX = 120  # characters: a headline with its date, not a paragraph set as a list
# The apparatus after an article's text (an encyclopedia's or a report's references and notes,
# its links out, a press release's notes to editors): under such a heading, list items, entries
# that open with a note's marker ("^", "[3]") and short lines (a link's name, "Categories: …")
# are the article's sources and pointers, not what it says; a paragraph of prose ends it.
_APPARATUS_HEAD = re.compile(
    r"(?:references|notes|footnotes|endnotes|sources|bibliography|works cited|citations|further reading"
    r"|external links|see also|notes (?:to|for) editors"
    # (in the languages of the news read beside English: "Fuentes", "Referências", "Fonti", "Bibliografia")
    r"|fuentes|referencias|bibliografía|enlaces externos|véase también|fontes|referências|bibliografia|ligações externas"
    r"|fonti|riferimenti(?: bibliografici)?|collegamenti esterni|voci correlate|quellen|einzelnachweise|literatur"
    r"|références|bibliographie|liens externes)(?:\[edit\])?",
    re.IGNORECASE,
)
# An encyclopedia's note atop an article or a section that points to another page ("Main
# article: Port of Vellmar", "Further information: …", "See also: …", "\"Quay dispute\"
# redirects here. For the 1962 flood, see Vellmar flood.", "For other uses, see …"): where to
# read on, not what it says.
_SEE_POINTER = r"for .{1,100}?, see (?-i:[A-Z\"“‘']).{0,100}?(?:\.|$)\s*"
_HATNOTE = re.compile(
    r"(?:(?:main articles?|further information|see also|for (?:more|further) (?:information|details)"
    r")\s*:\s*(?-i:[A-Z\"“‘'0-9]).*|not to be confused with:?\s+(?-i:[A-Z\"“‘']).{0,120}"
    rf"|.{{1,100}}? (?:redirects|redirect) here\.\s*(?:{_SEE_POINTER})+"
    rf"|for [^,]{{1,100}}, see (?-i:[A-Z\"“‘'])[^.]{{0,100}}? \(disambiguation\)\.?\s*(?:{_SEE_POINTER})*"
    r"|.{1,100}? redirects here\.?)", re.IGNORECASE)
# (A pointer to its page of the pages of one name is the encyclopedia's own wording wherever it
# stands: "For other people named Berg, see Berg (disambiguation).") The pointer alone ("For the
# 1962 flood, see Vellmar flood.", "For other people named Berg, see Berg.", "For other uses, see
# Vellmar.") reads as a sentence a story may hold ("For the families, see Mr. Berg's letter.", "For
# other people, see Page 4.", "For other uses of the grant, see Page 6."), at its top too: a
# hatnote only in a text with an encyclopedia's marks (_ENCYCLOPEDIA_MARK), at the page's top,
# before its text, or right under a heading.
_SEE_HATNOTE = re.compile(rf"(?:{_SEE_POINTER})+", re.IGNORECASE)
_ENCYCLOPEDIA_MARK = re.compile(rf"{ENCYCLOPEDIA_MARKER}|{_ENCYCLOPEDIA_TAGLINE}", re.IGNORECASE)
_HATNOTE_MAX = 250
# A page's table of contents as a browser copies it: its head, then its numbered entries ("1
# Background", "2.1 Closure"; a section's own heading follows them again below) and the
# switches a wiki sets in it ("hide", "(Top)", "Toggle Background subsection"), at least
# CONTENTS_MIN_ENTRIES of them. A list of the headings, not text.
_CONTENTS_HEAD = re.compile(r"(?:table of )?contents(?:\s*\[?(?:hide|show)\]?)?", re.IGNORECASE)
_CONTENTS_ENTRY = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{0,80}")
_CONTENTS_SWITCH = re.compile(r"hide|show|\(top\)|toggle .{1,80} subsection", re.IGNORECASE)
CONTENTS_MIN_ENTRIES = 2
_APPARATUS_ENTRY = re.compile(r"\s*(?:\^|\[(?:\d{1,3}|[a-z])\])", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[\^[^\[\]\s]{1,100}\]:")
# A note at a text's end, opening with its marker ("[1] Inspection report of …", "[c] …"), as a
# word processor's export and a copied encyclopedia page set their notes with no heading over them.
_NOTE_MARKER = re.compile(r"\s*(\[(?:\d{1,3}|[a-z]{1,2})\])\s*\S", re.IGNORECASE)
_AUTHOR_BOX = re.compile(r"about the authors?|about the writer|author bio(?:graphy)?", re.IGNORECASE)
_BYLINE = re.compile(r"(?:by|written by|posted by|published by|author|words)\s*:?\s+\S.{0,60}", re.IGNORECASE)
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
# A day of the week before a date, written out or short ("Monday", "Mon", "Thurs."), as stamps set it.
_WEEKDAY = r"(?:\w+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+"
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|{NUMERIC_DATE}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
)
_DATELINE = re.compile(
    rf"(?:(?:date|published|posted|updated|last updated|released|for release|handed down|delivered|decided"
    rf"|date of (?:judgment|decision|hearing)|(?:judgment|decision|hearing) date)(?:\s+on)?\s*:?\s*)?(?:{_WEEKDAY})?{_DATE}"
    rf"(?:\s*[-–—|,@at]*\s*\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?",
    re.IGNORECASE,
)
# ... and in the languages of the news read beside English: the word a page prints before it
# ("Publié le", "Publicado el", "Veröffentlicht am", "Опубликовано", "Yayınlanma tarihi:", "نشر في",
# "Հրապարակվել է") and
# the date, its month a word of that language ("14 mars 2023", "14. März 2023", "14 de marzo de
# 2023", "14 марта 2023 года", "14 Mart 2023"). A sentence that holds a date is no stamp: the
# line is the stamp and nothing else.
_FOREIGN_DATELINE = re.compile(
    r"(?:(?:publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|опубликовано|обновлено"
    r"|yayınlanma tarihi|yayınlandı|güncellendi|güncelleme tarihi|dərc olunub|yenilənib|פורסם|עודכן"
    r"|نشر|نُشر|تاريخ النشر|آخر تحديث|تاريخ انتشار|հրապարակվել է|հրապարակված է|թարմացվել է)"
    r"(?:\s+(?:le|el|am|в|on|في|بتاريخ))?\s*:?\s*)?"
    rf"\d{{1,2}}\.?\s+(?:de\s+)?(?:{FOREIGN_MONTH_NAME})(?:\s+de)?,?\s+\d{{4}}(?:\s+(?:года|року|г\.|р\.))?"
    r"(?:\s*[-–—|,à]*\s*\d{1,2}[:h]\d{2})?",
    re.IGNORECASE,
)
# A dateline, where the story was filed and when, on a line of its own ("Brennmoor, 3 March
# 2026", "KELMET, Tuesday March 4, 2026"): a place of up to four words, a comma and the date.
_PLACE_DATELINE = re.compile(
    rf"[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){{0,3}},\s*(?:{_DATELINE.pattern}|{_FOREIGN_DATELINE.pattern})",
    re.IGNORECASE)
# The word a page prints before its time stamp.
_STAMP_WORD = r"(?:date|published|posted|updated|last updated|modified|last modified)"
# "14:32", "2.32pm", "16.40" before its zone in capitals ("16.40 GMT"; "16.40" alone is a figure's)
_CLOCK = r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?|\d{1,2}\.\d{2}(?=\s*(?-i:[A-Z]{2,4})\b))"
# A post's counters as a channel's or a feed's export sets them under it ("👁 2.1K  14:02",
# "1,204 views · edited · 16:45", "❤ 230  🔁 12"): a count marked as one (a sign before it, a
# thousands' "K" or "M" after a rounded figure, or what it counts), beside other counts, "edited"
# or the time (a figure alone, "2.1M", is no post's counters; a whole figure with its "K" is as
# often a distance, a race's "5K 09:00").
_MARKED_COUNT = re.compile(r"(?:[^\w\s$€£¥%+(\[.,:;-]{1,3}\s?\d[\d.,]{0,6}\s?[KkMm]?|\d{1,3}[.,]\d{1,2}\s?[KkMm]"
                           r"|\d[\d.,]{0,6}\s(?:views?|likes?|replies|comments?|reposts?|shares?|reactions?))")
_POST_STAT = re.compile(rf"{_MARKED_COUNT.pattern}|edited|{_CLOCK}", re.IGNORECASE)
_POST_STATS = re.compile(rf"(?:{_POST_STAT.pattern})(?:[\s|·•]+(?:{_POST_STAT.pattern}))+", re.IGNORECASE)
_POST_STATS_MAX = 80
# A stamp with the clock before the date ("Updated 13:26 14/09/2013", "Posted at 09:10 on
# 16/09/2013"): the same page metadata as a dateline, set the other way round. Read as a
# heading, its digits and "Updated" linked articles that share nothing but a publishing system.
_CLOCK_FIRST_STAMP = re.compile(
    rf"(?:{_STAMP_WORD}\s*:?\s*)?(?:at\s+)?{_CLOCK}(?:\s*[A-Z]{{2,4}}\b)?\s*[-–—|,@]*\s*(?:on\s+)?(?:{_WEEKDAY})?{_DATE}",
    re.IGNORECASE,
)
# A relative stamp ("Last updated 2 hours ago"): the page's age when it was saved. Without the
# stamp word only digits count ("3 days ago"): "Two years ago" may title a section.
_AGO = r"(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago"
# A stamp word with a clock alone, the date given once beside it ("Published Aug 21, 2025, 4:12
# PM | Updated 6:40 PM").
_CLOCK_STAMP = re.compile(rf"{_STAMP_WORD}\s*:?\s*(?:at\s+)?{_CLOCK}(?:\s*[A-Z]{{2,4}}\b)?", re.IGNORECASE)
# (a live blog's entries give it in letters: "2h ago", "35m ago", "Updated 1d ago")
_SHORT_AGO = r"\d{1,3}\s?(?:s|m|h|d|w|mo|y|mins?|hrs?)\s+ago"
_RELATIVE_STAMP = re.compile(
    rf"{_STAMP_WORD}\s*:?\s*(?:(?:\d{{1,3}}|an?|one|a few)\s+{_AGO}|{_SHORT_AGO})|\d{{1,3}}\s+{_AGO}|{_SHORT_AGO}",
    re.IGNORECASE,
)
# A dated byline: the outlet or place, the date, and who wrote it ("Moravec Courier, 11 March
# 2025 — Staff correspondent Jonas Ferl"), a line of metadata, not a heading.
_DATED_BYLINE = re.compile(
    rf".{{0,60}}{_DATE}.{{0,60}}\b(?:correspondents?|reporters?|staff writers?|bureau chief|(?:staff|news) desk)\b.{{0,60}}",
    re.IGNORECASE,
)
# The time a page says the article takes to read ("4 min read", "6-minute read").
_READ_TIME = re.compile(r"\d{1,3}\s*[- ]?\s*min(?:ute)?s?\.?\s+read(?:ing time)?|reading time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?",
                        re.IGNORECASE)
# (the label in the languages of the news read beside English too: "Фото: …", "Fotoğraf: …",
# "Լուսանկարը՝ …" with the Armenian comma, "צילום: …", "تصوير: …", "عکس: …")
# (a picture's labels: _LABELLED_CAPTION reads a caption under them)
_PICTURE_LABELS = (r"photo(?:graph)?|picture|image|caption|illustration|фото|foto|fotoğraf|լուսանկարը|լուսանկար|צילום"
                   r"|صورة|تصوير|عکس|bild")
_CREDIT = re.compile(
    rf"(?:{_PICTURE_LABELS}|source|credit|credits|via|video|источник|джерело|kaynak|mənbə|աղբյուրը|מקור|المصدر|منبع"
    r"|quelle|fuente)"
    r"(?: credit)?\s*[:՝].{0,100}"
    # a picture's credit alone ("(Photo by Ana Petrov/Getty Images)"), and a caption's labels
    # as a page that reads them aloud sets them ("Image source, Getty Images", "Image caption, …")
    r"|\(?(?:photo(?:graph)?|picture|image|illustration|video)(?: credit)?\s+by\s+(?-i:[A-Z])[^.!?()]{0,80}\)?"
    r"|(?:image|media|video) (?:source|caption)\s*[,:].{0,100}",
    re.IGNORECASE,
)
# A photo's caption, its credit at its end ("Trams idle at the depot. Photo: Ivo Marek",
# "Police at the bridge (Photo: Ana Petrov/The Ledger)"): the credit after a sentence's end, a
# separator or an opening bracket, and a name or an agency after it (a capital first: "Picture by
# picture, the story emerged" is a sentence), no sentence.
_CAPTION = re.compile(
    r".{1,200}?(?:[.!?]\s+|\s+[|/—–-]\s+|\s*\()(?:photo(?:graph)?|picture|image|illustration|video)(?: credit)?"
    r"(?:\s*:\s*|\s+by\s+)(?-i:[A-Z])[^.!?()]{0,80}\.?\)?",
    re.IGNORECASE | re.DOTALL,
)
_CAPTION_MAX = 280
# ... or under a picture's label, saying what the picture shows, as long as a caption runs ("Photo:
# Volunteers carry water up the fire road above the town as the smoke clears. (Name/Outlet)"):
# the label names a picture, so the line is its caption, where "Source: …" may open a sentence.
_LABELLED_CAPTION = re.compile(
    rf"(?:{_PICTURE_LABELS})(?: credit)?\s*[:՝]\s*\S.*",
    re.IGNORECASE | re.DOTALL,
)
# ... or its credit without a label, as the agencies write it: names joined by a slash, who took
# the picture and for whom, or that it is from the files ("… in Brennmoor. Reuters/File", "… on
# Saturday. AP Photo/Jonas Ferl", "… at dawn. Ana Petrov/The Ledger via Wire Images").
_CREDIT_NAME = r"(?-i:[A-Z])[\w.'’&-]*(?: (?:via |for )?(?-i:[A-Z])[\w.'’&-]*){0,4}"
# (in brackets too, as many pages set it: "… at dawn. (Reuters/File)", "… (Valley Herald/Dana Roe)")
_SLASHED_NAMES = rf"{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME})+"
_SLASH_CAPTION = re.compile(rf".{{1,200}}?[.!?]\s+(?P<open>\()?(?P<credit>{_SLASHED_NAMES})(?(open)\))", re.DOTALL)
# A credit names who took the picture or for whom: a name of two words or more ("Jonas Ferl",
# "Getty Images") or a word credits use (the files, a pool, a handout, an agency that signs with
# one word or its initials: "KCNA/KNS", "PA/Wire"); two single words and nothing else
# ("North/South", "Israel/Palestine", "Yes/No") are the sentence's own words, and so are initials
# none of which is an agency's, however long (but after a picture's caption, see AGENCY_INITIALS):
# two countries or blocs ("EU/UK", "US/China", "USA/NATO") are named by initials as often as
# agencies are, and a credit read as the story's words loses less than a sentence of the story
# read as a credit.
_CREDIT_WORDS = frozenset("""
file files pool handout photo photos photograph picture pictures image images via for courtesy stringer staff
reuters getty afp ap epa shutterstock alamy istock istockphoto anadolu xinhua tass ria sipa efe ansa dpa
pa anp ntb tt scanpix ritzau belga keystone lusa pap ctk apa kyodo yonhap
kcna kns irna isna sana wafa bta upi pti ians
""".split())


# Initials none of which is a known agency's are a credit still after a caption that says no
# more than what the picture shows, one phrase and no verb, that places it ("Crowds on the new
# bridge on Saturday. TASR/SITA"): each side AGENCY_INITIALS letters in capitals. After a sentence
# ("The joint exercise ended on Monday. USA/NATO") they are its words. A verb is told by its form:
# an auxiliary or a verb of saying (_AUXILIARIES), a common past tense without "-ed" ("began",
# "went": irregular_verbs), or a word in "-ed" of ED_VERB_MIN_CHARS letters or more ("red", "shed" are none) that
# no determiner comes before ("ended", where "the flooded square" is a picture's). A picture is
# taken somewhere, at some time: a preposition of place or time (_PLACING) says where or when; a
# chart's, a score's or a map's label says what is measured or joined ("The yen against the
# dollar. USD/JPY", "Final score. BAR/PSG", "Route map. LHR/JFK"), its initials a currency's, a
# team's, an airport's. Both tests read English words only, so the caption shows it is English by
# a word of English's own (_ENGLISH_MARKS; "in", "on", "am" are German's or French's words too); a
# caption in another language is credited by a known agency only ("Der Dollar stieg in Tokio.
# USD/JPY" keeps its initials).
AGENCY_INITIALS = (3, 5)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word: letters first, then an apostrophe or a hyphen within
_INITIALS = re.compile(rf"[A-Z]{{{AGENCY_INITIALS[0]},{AGENCY_INITIALS[1]}}}")
_AUXILIARIES = frozenset("""
is are was were be been being am has have had do does did will would shall should can could may might must
said says say told tells
""".split()) | IRREGULAR_PASTS
_DETERMINERS = frozenset("the a an this that these those its their his her our my your".split())
ED_VERB_MIN_CHARS = 5
_PLACING = frozenset("at on in near outside inside beside along off over under during".split())
_ENGLISH_MARKS = frozenset("the at".split())


def _ed_verb(words: list[str], n: int) -> bool:
    """Whether words[n] is a verb by its "-ed" (see AGENCY_INITIALS)."""
    word = words[n]
    return len(word) >= ED_VERB_MIN_CHARS and word.endswith("ed") and (n == 0 or words[n - 1] not in _DETERMINERS)


def _picture_caption(caption: str) -> bool:
    """Whether `caption` is one phrase with no verb by its form that says where or when (see
    AGENCY_INITIALS)."""
    body = caption.strip().rstrip(".!?")
    if re.search(r"[.!?;]\s", body):
        return False  # more than one sentence
    words = _WORD.findall(body.lower())
    verbs = (w for n, w in enumerate(words) if w in _AUXILIARIES or _ed_verb(words, n))
    return not _PLACING.isdisjoint(words) and not _ENGLISH_MARKS.isdisjoint(words) and next(verbs, None) is None


def _slash_credit(credit: str, caption: str) -> bool:
    """Whether the names a slash joins at a caption's end are a credit (see _CREDIT_WORDS,
    AGENCY_INITIALS)."""
    names = [name.split() for name in credit.split("/")]
    if any(len(words) > 1 or words[0].lower() in _CREDIT_WORDS for words in names):
        return True
    return all(_INITIALS.fullmatch(words[0]) for words in names) and _picture_caption(caption)


# A picture's credit alone on its line ("Ari Hendel/Coastal Ledger"), under or over the picture's
# caption or the mark a page leaves in the picture's place ("Image", "[Photo]", "Image 2 of 5"):
# names joined by a slash read as a credit only beside those; elsewhere ("Labour/Green Pact")
# they head the story's section. A caption beside it is one with its credit or label, or a short
# phrase that places the picture and has no verb (_picture_caption); a phrase of place and time
# may head a section as well ("The vote at the council" over "Labour/Green Pact"), so beside it
# only a credit every side of which reads as one is a credit: a name of two words or more, a word
# credits use, or initials ("Ari Hendel/Coastal Ledger", "Reuters/File", "TASR/SITA").
_LONE_CREDIT = re.compile(_SLASHED_NAMES)
_LONE_CREDIT_MAX = 80  # characters: two names or an agency's
_PICTURE_MARK = re.compile(r"[\[(]?(?:image|photo(?:graph)?|picture|illustration|slide)(?: \d{1,3} of \d{1,3})?[\])]?",
                           re.IGNORECASE)
_PLACED_CAPTION_MAX = 160  # characters of a caption that is a phrase alone, shorter than a paragraph


def _beside_picture(text: str) -> bool:
    """Whether `text` is a picture's caption with its credit or label, or the mark of its place
    (see _LONE_CREDIT)."""
    text = text.strip()
    return bool(_PICTURE_MARK.fullmatch(text)) or _captioned(text)


def _captioned(text: str) -> bool:
    """Whether `text` is a picture's caption with its credit (_CAPTION) or under its label
    (_LABELLED_CAPTION)."""
    return len(text) <= _CAPTION_MAX and bool(_CAPTION.fullmatch(text.strip()) or _LABELLED_CAPTION.fullmatch(text.strip()))


# A picture's caption alone between the story's paragraphs, its picture gone: one phrase with its
# full stop that places the picture and has no verb (_picture_caption: "Striking crew at the
# harbour on Monday."), of at most LONE_CAPTION_WORDS words, a caption's length. A verb in the
# present tense has no form of its own, so the caption shows its shape: who or what it shows in
# at most CAPTION_SUBJECT_WORDS words, then phrases each opened by a preposition and at most
# CAPTION_PHRASE_WORDS words long ("at the new bridge", "on Monday"), and no pronoun. A sentence
# runs longer before its place ("Lena Ostrova farms apricots near Kelmet.") or after it
# ("Engineers in Aldmere insist the reservoir takes only what the treaty allows."), or names
# someone by a pronoun ("I thank the Minister on the ferry."); a picture shows what is there, so
# a word that denies or counts everything is a reply's, no caption's ("Nothing at all.", "Not at
# the moment.", "None of it on the record."). And a caption says where or when, as caption styles
# ask of it (who, what, where, when): a place by its name ("in Harl") or a time after a
# preposition (_CAPTION_TIMES: "on Monday", "at dusk", "in May", "in 2024"); a phrase that says
# neither is the story's telling, no caption's ("Silence in the chamber."). A phrase of place with
# no stop heads a section ("The vote at the council", "Life in Harl"), unless it says on which
# day or at what hour and each of its phrases places (_PLACING), with no label's colon: a picture
# is taken on a day, a section's heading dates a period ("Striking crew at the harbour on
# Monday", "Ferry passengers at the quay on 3 March 2024"; "The economy in 2024", "Talks in the
# capital in May", "Volume 12: The Harbour in 2026" and "Video evidence shown to the board on
# Friday" head what follows);
# a sentence in the past has its verb ("The strike
# began at the quay."). The mark a page leaves in a picture's place ("Image", "Photograph") is
# furniture alone too. But a story told a line to a paragraph (a sketch, a piece of fiction, a
# column of short beats) sets such phrases among its sentences as its own telling ("Smoke over
# the harbour at dawn."): where the article's sentences alone in a paragraph run, by their
# median, to at most STORY_LINE_WORDS words, a phrase of place alone is the story's
# (_told_in_lines); a report's paragraphs, a long sentence or two, run longer, and a picture's
# mark is furniture in either.
LONE_CAPTION_WORDS = 15
STORY_LINE_WORDS = LONE_CAPTION_WORDS  # a story's line no longer than a caption; a report's runs 20-40
CAPTION_SUBJECT_WORDS = 3
CAPTION_PHRASE_WORDS = 4
_CAPTION_LINKS = _PLACING | frozenset("of for with after before from to by across behind above below around through".split())
_UNPICTURED = frozenset(  # pronouns, and the words that deny or count all
    "i we you he she it they not no none nothing nobody never everything everyone something someone anything anyone".split())
_WHEN_LINKS = frozenset("at on in during before after by".split())
_DAY_TIMES = WEEKDAYS | frozenset(
    "dawn dusk daybreak sunrise sunset nightfall night noon midday midnight morning afternoon evening".split())
_CAPTION_TIMES = _DAY_TIMES | frozenset(MONTHS)
_DAY_LINK = "on"  # a date after it is a day's ("on 3 March", "on March 3"), after "in" a period's
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _says_when(words: list[str], day: bool = False) -> bool:
    """Whether a caption's `words` (lower case, figures too) date its picture: a time after one
    of _WHEN_LINKS, within a phrase's words (see CAPTION_PHRASE_WORDS); with `day`, a day or an
    hour (_DAY_TIMES, or a date after _DAY_LINK), not a month's or a year's period alone."""
    for n, w in enumerate(words):
        if w not in _WHEN_LINKS:
            continue
        after = words[n + 1:n + 1 + CAPTION_PHRASE_WORDS]
        if not _DAY_TIMES.isdisjoint(after) or (not day or w == _DAY_LINK) and any(
                v in _CAPTION_TIMES or _YEAR.fullmatch(v) for v in after):
            return True
    return False


def _picture_alone(text: str) -> bool:
    """Whether `text` is a picture's mark or its caption alone (see LONE_CAPTION_WORDS)."""
    text = text.strip()
    if _PICTURE_MARK.fullmatch(text):
        return True
    if not (text.endswith(".") or text[-1:].isalnum()) or text.endswith("..") or not text[:1].isupper() or len(
            text.split()) > LONE_CAPTION_WORDS:
        return False
    cased = _WORD.findall(text)
    words = [w.lower() for w in cased]
    links = [n for n, w in enumerate(words) if w in _CAPTION_LINKS]
    if not links or links[0] > CAPTION_SUBJECT_WORDS or not _UNPICTURED.isdisjoint(words):
        return False
    when = _says_when(re.findall(r"\w+", text.lower()), day=not text.endswith("."))
    if not when and (not text.endswith(".") or not any(w[:1].isupper() for w in cased[links[0] + 1:])):
        return False  # (where, by a place's name, with a stop: a heading names its places too)
    if not text.endswith(".") and (":" in text or not all(words[n] in _PLACING for n in links)):
        return False  # (without its stop, phrases of place and time alone, no label)
    phrases = zip(links, links[1:] + [len(words)])
    return all(end - start <= CAPTION_PHRASE_WORDS for start, end in phrases) and _placed_caption(text)


def _lone_caption(text: str) -> bool:
    """Whether `text` is a picture's mark or caption alone, no longer than a caption is."""
    return _short(text, _PLACED_CAPTION_MAX) and _picture_alone(text)


def _told_in_lines(texts: Sequence[str]) -> set[int]:
    """The phrases of place alone (not a picture's mark) that are a story's own lines: the one
    that opens the text (no picture left its caption above the story: an article of one such
    sentence is that sentence; a picture at the foot may leave one last), and every one of a
    story told in short paragraphs (see STORY_LINE_WORDS)."""
    phrases = {i for i, t in enumerate(texts) if _lone_caption(t) and not _PICTURE_MARK.fullmatch(t.strip())}
    told = phrases & {0}
    lone = phrases - told
    lengths = sorted(len(t.split()) for i, t in enumerate(texts)
                     if i > 0 and i not in phrases and t.rstrip().endswith(_SENTENCE_END))
    if lone and lengths and lengths[len(lengths) // 2] <= STORY_LINE_WORDS:
        told |= lone
    return {i for i in told if not _furniture(texts[i], lone_captions=False)}


def _placed_caption(text: str) -> bool:
    """Whether `text` is a short phrase alone that places a picture (see _LONE_CREDIT)."""
    text = text.strip()
    return len(text) <= _PLACED_CAPTION_MAX and "\n" not in text and _picture_caption(text)


def _credit_every_side(credit: str) -> bool:
    """Whether every name a slash joins reads as a credit's (see _LONE_CREDIT)."""
    return all(len(words) > 1 or words[0].lower() in _CREDIT_WORDS or _INITIALS.fullmatch(words[0])
               for words in (name.split() for name in credit.split("/")))


def _lone_credits(texts: Sequence[str]) -> set[int]:
    """The lines that are a picture's credit alone, beside its caption or its place (see _LONE_CREDIT)."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        line = text.strip()
        lone = len(line) <= _LONE_CREDIT_MAX and "/" in line and _LONE_CREDIT.fullmatch(line)
        if lone and any((_beside_picture(texts[j]) or _credit_every_side(line) and _placed_caption(texts[j]))
                        and _slash_credit(line, texts[j]) for j in (i - 1, i + 1) if 0 <= j < len(texts)):
            found.add(i)
    return found


# A breadcrumb trail, where the page sits in its site ("Home > News > Region", "World › Europe"):
# steps of at most BREADCRUMB_STEP_WORDS words joined by arrows. A title holds an arrow seldom,
# and then beside longer words.
_BREADCRUMB_ARROW = re.compile(r"\s+[>›»→]\s+")
BREADCRUMB_STEP_WORDS = 3
_TWEET = re.compile(r"pic\.twitter\.com/|\bt\.co/\w|twitter\.com/\w+/status/", re.IGNORECASE)
# (who posted it and when: "— Name (@handle) March 3, 2024", a Bluesky or Mastodon address too,
# "(@name.bsky.social)", "(@name@harbour.social)")
_TWEET_CREDIT = re.compile(rf"(?:[—–-]\s*)?.{{1,80}}\(@\w[\w.]{{0,60}}(?:@[\w.-]{{1,60}})?\)\s*{_DATE}", re.IGNORECASE)
# The full stops of other scripts end sentences too (see reader.corpus.sentences).
_SENTENCE_END = tuple(".!?…\"”’»)" + CJK_STOPS + SCRIPT_STOPS)


def _ends_sentence(text: str) -> bool:
    """Whether `text` ends as a sentence does (a reference marker after its stop aside)."""
    return unmarked_end(text.rstrip()).endswith(_SENTENCE_END)


_HEADING_MAX_WORDS = 15
# A title, the first line, may run longer than a heading inside the text by this many words
# ("Fact check: Did the mayor say the bridge would close for a year?" is a title).
TITLE_EXTRA_WORDS = 5
QUESTION_HEADING_WORDS = 12  # a question alone on its line, a subtitle; a sentence is longer
_HEADING_MAX_CHARS = 150  # heading-sized: what can be a heading, a title repeated or a running header
PROSE_MIN_CHARS = _HEADING_MAX_CHARS // 2  # a paragraph of prose is longer than this, and ends a sentence


def _in_title_place(norm: str, title: str) -> bool:
    """Whether the first passage (normalised: `norm`) stands in the title's place: the article's
    metadata names no other title (one may hold the other: a page's "… | The Ledger")."""
    named = fold(title)
    return not named or not norm or named in norm or norm in named


def _prose(text: str) -> bool:
    """Whether `text` is a paragraph of prose: longer than half a heading's most (PROSE_MIN_CHARS),
    ending a sentence."""
    return len(text) > PROSE_MIN_CHARS and _ends_sentence(text)


# A menu's sections, as a copied page's navigation bar leaves them on one line (tabs or runs of
# spaces: a menu pasted from a page).
_MENU_SEPARATOR = re.compile(r"\s+[|·•/]\s+|\s*\|\s*|\s*\t\s*|[ \u00a0]{2,}")
_MENU_SEPARATOR_MARK = re.compile(r"[|·•/\t]|[ \u00a0]{2}")  # what each of its separators holds
_MENU_MIN_ITEMS = 3
_MENU_MAX = 120  # characters: five to eight sections and their separators, not a line of prose
# A numbered section heading ("2. Water flows", "3.1 Prospects") where a report copied out of a
# PDF has its headings; a line like it among others is a numbered list's item.
_NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+\w")
_NUMBERED_HEADING_WORDS = 8
# A running header or footer repeats on every page; seen this many times, or twice with a page
# number beside it, a short line is one (a heading the article repeats once is not).
_RUNNING_REPEATS = 3
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+\S")  # not a hashtag ("#news"), nor an empty "##"


def _short(text: str, limit: int = 160) -> bool:
    return len(text) <= limit


# A turn of an interview headed by who speaks in bold, the colon inside the marks or after them
# ("**Dana Ilves:** Why did …?", "__Q__: …"), as one typed for the web sets it: a name of at
# most SPEAKER_MAX_WORDS words.
SPEAKER_MAX_WORDS = 5
_BOLD_SPEAKER = re.compile(r"(\*\*|__)(?-i:[A-Z])[^*_:\n]{0,60}(?::\1|\1:)[ \t]")


def _speaks(text: str) -> bool:
    """Whether `text` opens with a speaker's label (reader.corpus.marks), or a name in bold
    (_BOLD_SPEAKER)."""
    m = SPEAKER_LABEL.match(text)
    if m is not None and m.end() > m.start():
        return True
    if turn_label(text) is not None:
        return True  # "Ivo Marek (Vellmar North) (Lab): I thank the Minister."
    bold = _BOLD_SPEAKER.match(text) if text[:1] in "*_" else None
    return bold is not None and len(bold.group().strip("*_: \t").split()) <= SPEAKER_MAX_WORDS


# The marks that set a whole line in bold in a text typed as Markdown is, outside a Markdown
# file ("**Union calls offer an insult**", as a live blog's entry or a Q&A's section is headed).
_BOLD_MARKS = ("**", "__")


def _unbolded(text: str) -> str:
    """`text` without the bold marks around the whole of it (see _BOLD_MARKS)."""
    for mark in _BOLD_MARKS:
        inner = text[len(mark):-len(mark)]
        if len(text) > 2 * len(mark) and text.startswith(mark) and text.endswith(mark) and mark not in inner \
                and inner.strip() == inner:
            return inner
    return text


# A title may end on a note in brackets of a few words that is no sentence ("North Quay
# (Closure)", "Port Dues (Amendment) (No. 2)"): at most this many, each up to 40 characters.
# (Below the title, a short line with such a note is as often a list's line: "Jon Berg (knee)".)
HEADING_ASIDES = 2
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,40}\)$")


_QUOTE_PAIRS = frozenset({('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("'", "'"), ("‘", "’")})


def _is_heading(text: str, first: bool, title_place: bool = False) -> bool:
    """Whether `text` reads as a heading; `first`: it is the text's first passage, `title_place`:
    that passage stands in the title's place (_in_title_place), where a question is a title as
    long as a title runs. Under a title of its own, the text's first line is its opening
    paragraph: a question there as long as a sentence is one, and a heading stays short
    (QUESTION_HEADING_WORDS)."""
    if text.startswith("#"):
        return True
    text = _unbolded(text)
    if len(text) > _HEADING_MAX_CHARS:
        return False
    words = text.split()
    extra = TITLE_EXTRA_WORDS if first else 0
    if not words or len(words) > _HEADING_MAX_WORDS + extra:
        return False
    if "\n" in text:
        # a title wraps onto a second line at most, and is one sentence if any: lines under a
        # sentence (a quote and who said it) or more lines (a verse, an address) are no heading
        lines = text.split("\n")
        if len(lines) > 2 or _ends_sentence(lines[0]):
            return False
    if LIST_ITEM.match(text) or (("\t" in text or " | " in text) and "\n" in text):
        return False  # a list item, a table's rows
    if _speaks(text) and not (first and not _ends_sentence(text)):
        # a turn of an interview or a transcript: "Q: Why did you close it?" (the first line that
        # says no sentence is a title under its section's label: "OPINION: Why the inquiry must sit")
        return False
    text = unmarked_end(text)  # a sentence with its reference marker: "…in 1911.[3]"
    if text.endswith(":"):
        return len(words) <= 6
    if text.endswith(("?", "؟", "？")) and len(words) <= QUESTION_HEADING_WORDS + (
            extra if title_place else 0):
        return True  # a question standing alone on its line is a (sub)title
    for _ in range(HEADING_ASIDES if first else 0):
        aside = _TRAILING_ASIDE.search(text) if text.endswith(")") else None
        if aside is None or not aside.start() or _ends_sentence(aside.group().strip()[1:-1]):
            break
        text = text[:aside.start()]  # "North Quay (Closure)", "Budget (No. 2) (Amendment)"
    if first and len(text) > 2 and (text[0], text[-1]) in _QUOTE_PAIRS and not text[1:-1].rstrip().endswith(_SENTENCE_END):
        return True  # a headline that is a quote, no stop inside its marks ('"We will not send boats"')
    if text.endswith(_SENTENCE_END):
        return False
    if text.endswith((",", ";")):
        return False
    opening = words[0][:1]
    # A capital, or a letter of a script without capitals (Arabic, Hebrew, Chinese), which
    # cannot mark a heading by case.
    return (opening.isalpha() and not opening.islower()) or opening.isdigit() or first


# A newsletter's or a magazine's issue beside its date ("Issue 112 | 3 March 2026").
_ISSUE = re.compile(r"(?:issue|vol\.?|volume|no\.|number|edition)\s*#?\d{1,5}(?:,?\s*(?:issue|no\.|number)\s*#?\d{1,5})?",
                    re.IGNORECASE)
# A clock time alone ("14:32 GMT", "2.32pm", "16.40 GMT"), as a live blog heads each update with
# it: the update's stamp, whose zone would otherwise be a word one side uses four times and the
# other not. A time with a stop is a figure's ("16.40") unless its zone in capitals follows.
_TIME_ALONE = re.compile(r"\d{1,2}(?::\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\.\d{2}\s*[ap]\.?m\.?)(?:\s*[A-Z]{2,4}\b)?"
                         r"|\d{1,2}\.\d{2}\s*(?-i:[A-Z]{2,4})\b", re.IGNORECASE)
# A record's volume or issue and the day it records, as a chamber's record or a journal stamps
# its copy ("Volume 712: debated on Tuesday 19 May 2026", "Vol. 3, sitting of 2 May 2026"): the
# number, then at most STAMP_VERB_WORDS words in lower case before the date, each what was done
# that day (a participle, a sitting), the span it covers (a week, an edition) or a preposition
# ("Issue 12, week of 3 March 2026"): words that name what the volume tells
# ("Volume 3: the siege of 12 May 1940", "Vol. 2, siege of 3 March 1916") make it a title.
STAMP_VERB_WORDS = 3
_STAMP_VERB = r"(?-i:[a-z]{2,}ed|held|sat|sitting|sittings|session|meeting|week|edition|on|of|at|for|in)"
_RECORD_STAMP = re.compile(rf"{_ISSUE.pattern}\s*[:|·,–—-]?\s*(?:{_STAMP_VERB}\s+){{0,{STAMP_VERB_WORDS}}}"
                           rf"(?:{_WEEKDAY})?{_DATE}", re.IGNORECASE)
_STAMPS = (_RECORD_STAMP, _DATELINE, _FOREIGN_DATELINE, _CLOCK_FIRST_STAMP, _CLOCK_STAMP, _RELATIVE_STAMP, _READ_TIME, _TIME_ALONE)
# What page furniture wraps its words in: separators, bullets, arrows, a closing colon or stop.
_FURNITURE_MARKS = " \t:.!|•·-–—>»«"


def _row_parts(text: str) -> list[str]:
    """The items of a row of page metadata or furniture, between its separators and without
    the marks around them ("By Lena Ostrova · 6 min read" -> ["By Lena Ostrova", "6 min read"])."""
    return [p.strip(_FURNITURE_MARKS) for p in META_SEPARATOR.split(text.strip())]


def is_stamp(part: str) -> bool:
    """A time stamp (a dateline among them), or the reading time a page prints beside it."""
    return any(p.fullmatch(part) for p in _STAMPS) or _place_dateline(part)


def _place_dateline(part: str) -> bool:
    """A dateline (_PLACE_DATELINE): its place a name, each word capitalised ("Port Alder", not
    "Harbour board hearing, 4 May 2026", a title)."""
    if not part[:1].isupper() or "," not in part or not _PLACE_DATELINE.fullmatch(part):
        return False
    return all(word[:1].isupper() for word in re.split(r"[ -]", part.split(",", 1)[0]) if word)


def _metadata_line(text: str) -> bool:
    """A line of page metadata: stamps and a byline joined by separators, at least one a stamp
    ("March 15, 2026 | 4 min read", "By Lena Ostrova · 6 min read")."""
    parts = _row_parts(text)
    if len(parts) < 2 or not any(is_stamp(p) for p in parts):
        return False
    return all(is_stamp(p) or _BYLINE.fullmatch(p) or _ISSUE.fullmatch(p) for p in parts)


def _notice(text: str) -> bool:
    """A paywall pitch or a copyright line."""
    low = text.lower()
    if not any(word in low for word in _NOTICE_WORDS):
        return False
    return bool(_COPYRIGHT.fullmatch(text.strip()) or _PAYWALL.fullmatch(text))


def _breadcrumb(text: str) -> bool:
    steps = _BREADCRUMB_ARROW.split(text.strip())
    return len(steps) > 1 and all(0 < len(step.split()) <= BREADCRUMB_STEP_WORDS and not step.endswith(_SENTENCE_END)
                                  for step in steps)


def _editors_note(text: str) -> bool:
    return bool(_EDITORS_NOTE.match(text) or _AMENDED.match(text)) and _short(text, _NOTE_MAX) \
        and text.rstrip().endswith(_SENTENCE_END)


def _menu(text: str) -> bool:
    """A site's menu copied as a line ("Home | World | Politics | Business", "news  sport
    weather"), or lines of them: three or more sections of one or two words between
    separators, all capitalised or none, and no sentence."""
    return all(_menu_row(line) for line in text.strip().split("\n"))


def _menu_row(line: str) -> bool:
    line = line.strip()
    if not _MENU_SEPARATOR_MARK.search(line):
        return False  # (no separator, one part: asked first, as most lines are prose)
    parts = _MENU_SEPARATOR.split(line)
    return len(parts) >= _MENU_MIN_ITEMS and len({part[:1].isupper() for part in parts}) == 1 and all(
        0 < len(part.split()) <= 2 and not part.endswith(_SENTENCE_END) for part in parts)


# A menu copied a section to a line, as a page's navigation, its footer's lists of sections or a
# cookie banner's buttons leave it: MENU_RUN_MIN passages in a row or more, each a label of one or
# two words on its line that is no sentence (or a menu's row), and no list a line before them
# introduces ("The list was short:" over "Bread", "Milk", "Rope"); above the text or below it, as
# a page's header and footer stand, or anywhere when a label of it stands elsewhere too (the
# header's menu again in the footer). An article's headings have text between them; its lines of
# verse, an address, are longer, or inside its text, or a colon brings them in.
MENU_RUN_MIN = 3
_LABEL_MAX_WORDS = 2
_LABEL_MAX = 40


def _label(text: str) -> bool:
    """A section's name as a menu sets it on its line (see MENU_RUN_MIN), or a menu's row."""
    if len(text) <= _LABEL_MAX and "\n" not in text:
        words = text.split()
        if (0 < len(words) <= _LABEL_MAX_WORDS and any(c.isalpha() for c in text) and not LIST_ITEM.match(text)
                and not text.rstrip().endswith((*_SENTENCE_END, ":", ",", ";"))):
            return True
    return len(text) <= _MENU_MAX * 2 and _menu(text)


# A paragraph opening with its number, as a judgment's do ("1. The appellant …", "[1] This is …").
_NUMBERED_PARAGRAPH = re.compile(r"\s*(?:\(?\d{1,3}[.)]|\[\d{1,3}\])\s")


def _menu_runs(texts: Sequence[str], headings: Collection[int] = ()) -> set[int]:
    """The passages that are a menu copied a section to a line (see MENU_RUN_MIN); a heading the
    markup marks is the author's, never a menu's."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in range(len(texts) + 1):
        if i < len(texts) and i not in headings and _label(texts[i]):
            run.append(i)
            continue
        if len(run) >= MENU_RUN_MIN and not (run[0] > 0 and texts[run[0] - 1].rstrip().endswith(":")):
            runs.append(run)
        run = []
    if not runs:
        return set()
    prose = [i for i, text in enumerate(texts) if _prose(text)]
    first, last = (prose[0], prose[-1]) if prose else (len(texts), -1)
    # a label right over the text's first paragraph, below the title, heads it where that paragraph
    # is numbered as a judgment's are ("JUDGMENT", "Introduction", then "1. This is an appeal …"):
    # a page's menu stands above its title, and its topics' tags or buttons above an unnumbered text
    numbered = first < len(texts) and _NUMBERED_PARAGRAPH.match(texts[first]) is not None
    runs = [run[:-1] if numbered and run[0] > 0 and run[-1] + 1 == first else run for run in runs]
    runs = [run for run in runs if len(run) >= MENU_RUN_MIN]
    seen: dict[str, int] = {}
    for text in texts:
        if len(text) <= _LABEL_MAX:
            seen[fold(text)] = seen.get(fold(text), 0) + 1
    return {i for run in runs if run[-1] < first or run[0] > last or any(seen.get(fold(texts[i]), 0) > 1 for i in run)
            for i in run}


# A link set as a line of its own: a label of a few words and the address it goes to ("View
# original content: https://…", "Photo - https://…/fund.jpg", "Full report: www.…"). Where to
# read more, not what the article says.
_LINK_LINE = re.compile(r"[^\s:]+(?: [^\s:]+){0,7}\s*(?::|-|–|—)\s*(?:https?://|www\.)\S+")
_LINK_LINE_MAX = 250
# A press release's or a company's legal notice ("Forward-Looking Statements", "Safe Harbor
# Statement", "Cautionary Note Regarding Forward-Looking Statements") under its heading or
# opening its paragraph: the lawyers' words every release carries, no claim about the story.
_LEGAL_HEAD = re.compile(
    r"(?:cautionary (?:note|statement|language)s? (?:regarding|concerning|about|on) )?"
    r"(?:forward[- ]looking (?:statements?|information)|safe harbou?r (?:statement|notice))",
    re.IGNORECASE)


# What a legal notice's first paragraph says it is about: the release it ends ("This release
# contains …", "Statements in this press release …"), not what an article reports of others'
# forecasts under a heading of the same words.
_NOTICE_OF_ITSELF = re.compile(
    r"\bth(?:is|ese) (?:press |news |media )?(?:release|announcement|document|communication|presentation)s?\b|\bherein\b",
    re.IGNORECASE)


# A judgment's parties at its head, as its record sets them in blocks of their own: "BETWEEN",
# each party's name over its role ("Claimant", "Appellant", "Respondent"), and "and", "- and -"
# or "v" between. The block is the case's record, as its number is, not what the court finds:
# from "BETWEEN" or a party's name to the last role, PARTY_BLOCK_MAX passages at most, each a
# short line or two, with PARTY_ROLES_MIN roles at least.
PARTY_BLOCK_MAX = 12
PARTY_ROLES_MIN = 2  # lines of a role in the block: a judgment sets both sides
_PARTY_ROLE = re.compile(
    r"(?:first |second |third |\d(?:st|nd|rd|th) )?(?:claimant|defendant|appellant|respondent|applicant|petitioner"
    r"|plaintiff|intervener|intervenor|interested party|complainant|accused|prosecutor|pursuer|defender)s?"
    r"(?:\s*/\s*(?:claimant|defendant|appellant|respondent|applicant|petitioner)s?)?(?:\s*\([^()\n]{1,30}\))?",
    re.IGNORECASE)
_PARTY_JOIN = re.compile(r"[-–— ]*(?:and|v\.?|vs\.?|versus)[-–— ]*", re.IGNORECASE)
_BETWEEN = re.compile(r"between\s*:?", re.IGNORECASE)


def _party_role(text: str) -> bool:
    """Whether a line of `text` is a party's role (_PARTY_ROLE): "Claimant", "Claimant\nand"."""
    return any(_PARTY_ROLE.fullmatch(line.strip()) for line in text.strip().split("\n"))


def _roles_alone(text: str) -> bool:
    """Whether `text` is a party's role and no name: its lines roles, or the "and" or "v" between
    parties ("Claimant", "Claimant\nand"), not "KESSA WATER BOARD\nDefendant"."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return _party_role(text) and all(_PARTY_ROLE.fullmatch(line) or _PARTY_JOIN.fullmatch(line) for line in lines)


def _party_block(texts: Sequence[str]) -> set[int]:
    """The passages of a judgment's block of parties (see PARTY_BLOCK_MAX): from "BETWEEN", or a
    party's name over its role, the name above a role alone or on a line over it in its passage
    (the heading over that passage is the case's title, no party)."""
    for start, text in enumerate(texts[:-1]):
        if not (_BETWEEN.fullmatch(text.strip()) or _roles_alone(texts[start + 1]) or "\n" in text.strip() and _party_role(text)):
            continue
        roles, end = 0, start - 1
        for i in range(start, min(len(texts), start + PARTY_BLOCK_MAX)):
            if texts[i].strip().count("\n") > 2 or len(texts[i]) > _HEADING_MAX_CHARS or _ends_sentence(
                    texts[i].strip(" :")) and not _PARTY_JOIN.fullmatch(texts[i].strip()):
                break
            if _party_role(texts[i]):
                roles, end = roles + 1, i
        if roles >= PARTY_ROLES_MIN:
            return set(range(start, end + 1))
    return set()


def _legal_sections(texts: Sequence[str]) -> set[int]:
    """The passages of a legal notice (see _LEGAL_HEAD): its heading and what follows up to the
    next heading, the first paragraph speaking of the release itself (_NOTICE_OF_ITSELF), or a
    paragraph that opens with its name and a colon or a dash."""
    found: set[int] = set()
    inside = False
    for i, text in enumerate(texts):
        head = len(text) <= _HEADING_MAX_CHARS and bool(_LEGAL_HEAD.fullmatch(text.strip(_FURNITURE_MARKS + "#"))) \
            and i + 1 < len(texts) and bool(_NOTICE_OF_ITSELF.search(texts[i + 1]))
        if head:
            inside = True
        elif inside and len(text) <= _HEADING_MAX_CHARS and _is_heading(text, False) and not (
                _furniture(text) or _furniture_head(texts, i)):
            inside = False  # a section of the text's own, or an organisation's note on itself
        opened = (m := _LEGAL_HEAD.match(text.lstrip(" *_#"))) is not None and text.lstrip(" *_#")[m.end():].lstrip(
            " *_")[:1] in (":", "—", "–", "-")
        if inside or opened:
            found.add(i)
    return found


def _contact(text: str) -> bool:
    """A line of contact details: an e-mail address or a telephone number to write or call, and
    few words besides, no sentence (_EMAIL)."""
    if "@" not in text and not any(c in text for c in "+0("):
        return False
    details = [m.start() for pattern in (_EMAIL, _PHONE) if (m := pattern.search(text))]
    if not details:
        return False
    first = min(details)
    rest = _PHONE.sub(" ", _EMAIL.sub(" ", text))
    words = len(re.findall(r"\w+", rest))
    label = re.findall(r"\w+", text[:first])
    labelled = words <= CONTACT_LABEL_WORDS and len(label) == words and all(w.lower() in CONTACT_LABELS for w in label)
    if ("\n" not in text.strip() and _CONTACT_SENTENCE_END.search(text) and not _LABEL_COLON.search(text, 0, first)
            and not _LABEL_ABBREVIATION.search(text, 0, first) and not labelled):
        return False  # a sentence that gives a number or an address to call or write to
    return words <= _CONTACT_WORDS


# Who gave the judgment, signed at its foot: "Judge Marit Olsen", "Presiding Judge Sigrun Dahl",
# "Mr Justice Fenwick", "Lady Justice Moss", "Olsen J", "Holt LJ": a name of at most
# SPEAKER_MAX_WORDS words beside the title.
_JUDGE = re.compile(
    rf"(?:(?:(?:the )?(?:presiding|president|chief|senior|deputy|district|circuit|tribunal|employment|upper tribunal"
    rf"|high court|lay|associate) )*judge|(?:(?:the )?hon(?:ourable|\.)? )?(?:(?:mr|mrs|ms|lord|lady|madam) )?"
    rf"(?:chief )?justice)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,{SPEAKER_MAX_WORDS - 1}}}"
    rf"|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,{SPEAKER_MAX_WORDS - 1}}},?\s+(?-i:J|LJ|JA|CJ|SJ|P|VP)",
    re.IGNORECASE)


# A sender's postal address, as a newsletter prints it at its foot below its sign-off and its
# unsubscribe line ("548 Market Street PMB 72296, San Francisco, CA 94104", "Harbour House,
# 12 Quay Road, Vellmar VM1 2AB") or a letterhead under its name ("Werk Neuwerder ·
# Industriestraße 4 · 21364 Neuwerder"): one line of at most POSTAL_ADDRESS_MAX characters, no
# sentence, in parts between commas or a letterhead's dots and bars, one a house's number and a
# street (the number first or after it) or a post box, the last a postcode or ZIP code with its place.
POSTAL_ADDRESS_MAX = 120
_STREET_PART = re.compile(r"(?:\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?\s+(?-i:[A-Z])\S*(?:\s+\S+){0,6}"
                          r"|(?-i:[A-Z])\S*(?:\s+\S+){0,3}\s+\d{1,5}[A-Za-z]?"
                          r"|p\.?\s?o\.?\s+box\s+\d{1,6})", re.IGNORECASE)
_ADDRESS_SEPARATOR = re.compile(r"\s*[,·|•]\s*")
# a ZIP code or a postcode: "94104", "94104-1234", "4021", "VM1 2AB", "SW1A 1AA", "113 51"
_POSTCODE = re.compile(r"\b(?:\d{4,6}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{3}\s\d{2})\b")
ADDRESS_COUNTRY_PARTS = 1  # a country may follow the postcode's part: "…, London NW1 6XE, United Kingdom"


def _postal_address(text: str) -> bool:
    """A line that is a postal address (see POSTAL_ADDRESS_MAX)."""
    parts = _ADDRESS_SEPARATOR.split(text.strip())
    if "\n" in text or len(text) > POSTAL_ADDRESS_MAX or len(parts) < 2 or _ends_sentence(text):
        return False
    coded = [k for k, p in enumerate(parts) if k >= len(parts) - 1 - ADDRESS_COUNTRY_PARTS and k and _POSTCODE.search(p)
             and re.search(r"[^\W\d_]", _POSTCODE.sub("", p))]  # the code and its place (or state)
    return bool(coded) and any(_STREET_PART.fullmatch(p) for p in parts[:coded[-1]])


# What shows a text to be a judgment, so that a judge's name at its foot is its signature: the
# case's number, the parties' block, a heading "Judgment" (or "Decision", "Ruling"), or a party
# named by the role a judgment gives it, one party ("the appellant", "the First Respondent") or
# several in capitals ("the Respondents"): a story counts "respondents" to a survey ("most
# respondents", "the respondents said", "the respondent who drives"), so a respondent, one or
# several, is a party only in capitals, or in lower case beside the party it stands against
# (PARTY_SIDES_MIN roles: "the applicant" and "the respondent", "the defendant"), as a judgment
# names both sides and a survey its respondents alone. A letter, a poem or a story may end on a
# line shaped as a judge's name ("Holt LJ", "Judge Marit Olsen"): there it is the text's.
_JUDGMENT_HEAD = re.compile(r"(?:(?:approved|reserved|final) )?(?:judge?ment|decision|ruling)(?: of the (?:court|tribunal))?"
                            r"|reasons for (?:judge?ment|decision)", re.IGNORECASE)
_PARTY_NAMED = re.compile(r"\bthe (?:(?:first|second|third) )?(?:appellant|claimant|petitioner)\b"
                          r"|\bthe (?-i:(?:First |Second |Third )?(?:Appellant|Respondent|Claimant|Petitioner)s?)\b",
                          re.IGNORECASE)
PARTY_SIDES_MIN = 2  # sides named in lower case (_PARTY_SIDE) that show a judgment, not a survey
_PARTY_SIDE = re.compile(r"\bthe (?:(?:first|second|third) )?(applicant|respondent|defendant)s?\b", re.IGNORECASE)
_CASE_NUMBER_LINE = re.compile(_CASE_NUMBER, re.IGNORECASE)


def _judgment(texts: Sequence[str], legal: Collection[int]) -> bool:
    """Whether `texts` read as a judgment (see _JUDGMENT_HEAD); `legal`: the passages of its
    parties' block (_party_block), if any."""
    return bool(legal) or any(_PARTY_NAMED.search(t) or len(t) <= _HEADING_MAX_CHARS and (
        _JUDGMENT_HEAD.fullmatch(t.strip(_FURNITURE_MARKS + "#")) or _CASE_NUMBER_LINE.fullmatch(t.strip(_FURNITURE_MARKS)))
        for t in texts) or len({m[1].lower() for t in texts for m in _PARTY_SIDE.finditer(t)}) >= PARTY_SIDES_MIN


def _reach_line(text: str) -> bool:
    """A short line of a contact block that says where to reach someone: contact details, or an
    e-mail address outside a sentence."""
    return _short(text, _CONTACT_MAX) and (_contact(text) or bool(_EMAIL.search(text)) and not _ends_sentence(text))


def _furniture_head(texts: Sequence[str], i: int) -> bool:
    """Whether passage i heads furniture under it (see _FURNITURE_HEAD)."""
    text = texts[i]
    found = _FURNITURE_HEAD.fullmatch(_unbolded(text.strip(_FURNITURE_MARKS + "#")).strip(_FURNITURE_MARKS)) if len(
        text) <= _HEADING_MAX_CHARS else None
    if found is None:
        return False
    after = texts[i + 1:i + 1 + CONTACT_REACH]
    if found["contacts"]:
        rest = texts[i + 1:]
        return any(_reach_line(t) or _short(t, _CONTACT_MAX) and ("www." in t or "http" in t) and bool(
            _LINK_LINE.fullmatch(t.strip())) for t in after) or (
            0 < len(rest) <= CONTACT_BLOCK_LINES and all(_short(t, _CONTACT_MAX) and not _ends_sentence(t)
                                                         for t in rest))  # names and a postal address to the end
    if after and re.fullmatch(_KEY_EVENTS_SWITCH, after[0].strip(_FURNITURE_MARKS), re.IGNORECASE):
        return True  # (the switch that shows the key events alone, set between the head and its list)
    return bool(after) and _link_item(after[0], text, set()) and not _ends_sentence(after[0]) and not _timeline(
        texts[i + 1:])  # (a list of sentences, or of years, is the story's)


# A timeline dates most of its entries (one may go on "Later that year: …"); a live blog's
# headline that opens with a year-like figure ("- 2023 budget vote passes") is one among many.
TIMELINE_DATED_SHARE = 0.5  # of a list's items, more than this open with a year or a date


def _timeline(texts: Sequence[str]) -> bool:
    """Whether the list that opens `texts` is a timeline: its first item and more than
    TIMELINE_DATED_SHARE of its items (the short lines up to the first that is no list item)
    open with a year or a date (_TIMELINE_ENTRY)."""
    items = list(takewhile(lambda t: len(t) <= _LINK_ITEM_MAX and "\n" not in t and bool(
        LIST_ITEM.match(t) or _TIMELINE_ENTRY.match(t)), texts))
    dated = sum(1 for t in items if _TIMELINE_ENTRY.match(t))
    return bool(items) and bool(_TIMELINE_ENTRY.match(items[0])) and dated > TIMELINE_DATED_SHARE * len(items)


def _furniture_row(text: str) -> bool:
    """A row of page furniture: two or more of its prompts between separators ("Leave a
    comment · Log in to reply")."""
    parts = _row_parts(text)
    return len(parts) > 1 and all(p and (_furniture_words(p) or _FURNITURE_HEAD.fullmatch(p)) for p in parts)


def _furniture_words(text: str) -> bool:
    """Words only page furniture says: a prompt, a label, or a link to another story under "read also"."""
    line = text.lstrip(_FURNITURE_MARKS).rstrip()
    return bool(_FURNITURE.fullmatch(text.strip(_FURNITURE_MARKS)) or _READ_ALSO_LINK.fullmatch(line)
                or _read_also_spaced(line))


_HEADLINE_QUOTES = "\"'“‘«„‹"  # the quotation marks a linked headline may open within
# A sentence that reports what someone said, after a comma, where a headline would say it in the
# present tense with no article ("Read more Shakespeare, the head teacher said" is the story's;
# "Read also Ferries to stop, council says" links): a verb of saying in the past tense, or any
# verb of saying after a subject that opens on an article or a pronoun, in the last clause: at
# most REPORTED_SUBJECT_WORDS words before the past tense ("the head teacher"), and
# REPORTED_NOUN_WORDS after the article or pronoun before the present ("the town council").
REPORTED_SUBJECT_WORDS = 4
REPORTED_NOUN_WORDS = 3
_REPORTED = re.compile(
    rf",\s+(?:(?P<past>(?:{_WORD.pattern}\s+){{0,{REPORTED_SUBJECT_WORDS}}}"
    r"(?:said|told|added|asked|explained|insisted|recalled|replied|warned|wrote))"
    rf"|(?:the|a|an|his|her|their|our|my|he|she|they|we|i|you)\s+(?:{_WORD.pattern}\s+){{0,{REPORTED_NOUN_WORDS}}}"
    r"(?:says|say|tells|adds|asks|explains|insists|recalls|replies|warns|writes))\b[^,]*$",
    re.IGNORECASE)
# ... but in the present tense, the words before the comma may be a headline's whole clause, which
# a headline reports as it likes, with an article too ("Read also Ferries to stop, the council
# says"): a subject and its verb in a headline's forms, the future's "to" ("Ferries to stop"), an
# auxiliary, a past in "-ed", or a present right after a noun that opens the headline: in "-s"
# after a noun ("Port closes", not "Tolstoy's novels"), without it after a plural ("Bridge tolls
# rise"). A present is a verb's only where the word list knows the verb's "-ing" ("closing",
# "rising"): a plural noun after its adjective has none ("Russian classics", no "classicing").
# What a sentence tells the reader to read is a name or a thing, no clause ("Lire aussi Balzac,
# the librarian says", "Read more Tolstoy this winter, she says", "Read also Russian classics,
# the teacher says").
_HEADLINE_SUBJECT_WORDS = 2  # words of a headline's subject before its verb ("Bridge tolls rise")
_VERB_LANGUAGE = "en"  # (the reports these tests read are English: _REPORTED)


def _ing_frequency(stem: str) -> float:
    """How common `stem`'s "-ing" is in the word list, its likeliest spelling's (see _present_verb)."""
    bases = {stem, stem[:-1] if stem.endswith("e") else stem, stem[:-2] + "y" if stem.endswith("ie") else stem}
    forms = {f"{base}ing" for base in bases}
    if len(stem) > 2 and stem[-1] not in "aeiouwxy":
        forms.add(f"{stem}{stem[-1]}ing")  # its last consonant doubled
    words = read_list(_VERB_LANGUAGE)
    return max(words.get(form, 0.0) for form in forms)


def _present_verb(stem: str) -> bool:
    """Whether `stem` (lower case, a present's "-s" or "-es" taken off) is a verb's: the word
    list knows its "-ing" ("close": "closing", "quit": "quitting", "carrie": "carrying")."""
    return _ing_frequency(stem) >= WORD_MIN_FREQUENCY


# ... but a word of both (a noun's plural, a verb's present: "films", "shows", "delays") that ends
# the words before the comma is the noun where the list has its "-s" PLURAL_RATIO times as often
# as its "-ing" ("films" nearly three times "filming"; "closes" a third of "closing"): "Italian
# films" names a thing to read about, where "Airline delays flights" goes on as a clause does.
PLURAL_RATIO = 2.0


def _mostly_plural(word: str, stem: str) -> bool:
    """Whether `word` (an "-s" form of `stem`) is a plural noun more often than a verb (see PLURAL_RATIO)."""
    return read_list(_VERB_LANGUAGE).get(word, 0.0) >= PLURAL_RATIO * _ing_frequency(stem)


def _headline_clause(words: list[str]) -> bool:
    """Whether `words` (lower case) say a headline's clause, a subject and its verb (see
    _HEADLINE_SUBJECT_WORDS)."""
    for n, word in enumerate(words[1:], 1):
        infinitive = word == "to" and n + 1 < len(words) and words[n + 1] not in FUNCTION_WORDS
        if infinitive or word in _AUXILIARIES or _ed_verb(words, n):
            return True
        before = words[n - 1]
        if n > _HEADLINE_SUBJECT_WORDS or word in FUNCTION_WORDS or before in FUNCTION_WORDS or before.endswith(("'s", "’s")):
            continue
        if word.endswith("s") and not word.endswith(("ss", "us", "'s", "’s")):
            stem = word[:-2] if word.endswith(("ches", "shes", "sses", "xes", "zes")) else word[:-1]
            if _present_verb(stem) and not (n == len(words) - 1 and _mostly_plural(word, stem)):
                return True
        elif before.endswith("s") and not before.endswith(("ss", "us")) and _present_verb(word):
            return True
    return False


def _reported(headline: str) -> bool:
    """Whether the words after "read also" are a sentence that reports what someone said (see _REPORTED)."""
    said = _REPORTED.search(headline)
    if said is None or said["past"]:
        return said is not None
    return not _headline_clause(_WORD.findall(headline[:said.start()].lower()))


def _read_also_spaced(line: str) -> bool:
    """Whether `line` is a link under "read also" without a colon (see _READ_ALSO_SPACED): the
    headline after the words opens on a capital or a letter of a caseless script, within its
    quotation marks or not ('Read also "Ferry crews vote to strike"', "Читайте также «Порт закрыт»")."""
    spaced = _READ_ALSO_SPACED.fullmatch(line)
    opening = spaced["headline"].lstrip(_HEADLINE_QUOTES)[:1] if spaced else ""
    if spaced and spaced["headline"].split(None, 1)[0].lower() in _COMPARED:
        return False  # "more than ..." (see _COMPARED)
    return opening.isalpha() and not opening.islower() and not _reported(spaced["headline"])


# A section's heading in a title's case may open on the words of a link under "read also" ("Read
# More Books This Winter", heading a feature on reading): below the title, such a line heads its
# section where the article heads another in a title's case that is no furniture ("Where the
# Readers Are"), and no link line stands beside it. A link's label keeps its own case ("Read
# more", "READ ALSO"), and under a title with no section headed alike the line links.
TITLE_CASE_LETTERS = 4  # words this long open on a capital in a title's case ("the", "of", "Are" may not)
TITLE_CASE_WORDS = 2  # ... and a title's case shows in this many of them at least


def _title_cased(text: str) -> bool:
    """Whether `text` is written in a title's case (see TITLE_CASE_LETTERS)."""
    words = [w for w in _WORD.findall(text) if len(w) >= TITLE_CASE_LETTERS]
    return len(words) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in words) and not text.isupper()


def _read_also_heads(texts: Sequence[str]) -> set[int]:
    """The lines below the title that head a section though they open on "read also" words (see
    TITLE_CASE_LETTERS)."""
    heads = [i for i, t in enumerate(texts) if i > 0 and len(t) <= _HEADING_MAX_CHARS and _title_cased(t)
             and _is_heading(t, False)]
    spaced = {i for i in heads if _read_also_spaced(texts[i].strip(_FURNITURE_MARKS))}
    if not spaced or not any(i not in spaced and not _furniture(texts[i]) for i in heads):
        return set()
    return {i for i in spaced if not any(0 < j < len(texts) and _furniture_words(texts[j]) for j in (i - 1, i + 1))}


def _furniture(text: str, lone_captions: bool = True) -> bool:
    """Whether `text` is a page's furniture by itself; `lone_captions` False leaves a phrase of
    place alone out of it (see _told_in_lines)."""
    stripped = text.strip(_FURNITURE_MARKS)
    size = len(text)
    if not stripped or PAGE_NUMBER.fullmatch(text):
        return True
    if size <= _HEADING_MAX_CHARS and CUE_TIMING.fullmatch(text):
        return True  # when a subtitle's cue is said
    if len(text) <= _HEADING_MAX_CHARS and not any(c.isalnum() for c in text):
        return True  # a rule or a section break ("=====", "* * *", "◆ ◆ ◆"): marks, no word
    if size <= _MENU_MAX * 2 and _menu(text):
        return True
    if size <= 80 and _furniture_words(text):
        return True
    if size <= 200 and _MEMBERSHIP.fullmatch(text):
        return True
    if size <= 240 and _notice(text):
        return True
    if size <= _CONSENT_MAX and "cookie" in text.lower() and _CONSENT.fullmatch(text):
        return True
    if size <= 80 and (_BYLINE.fullmatch(text) and not text.rstrip().endswith(".")):
        return True
    if size <= 80 and byline_parts(text) is not None:  # "Par Marie Dupont", "Автор: Иван Петров"
        return True
    if size <= 80 and (is_stamp(stripped) or _metadata_line(text)):
        return True
    if size <= 160 and not text.rstrip().endswith(_SENTENCE_END) and _DATED_BYLINE.fullmatch(text.strip()):
        return True
    if size <= 120 and _CREDIT.fullmatch(text):
        return True
    if _captioned(text) or lone_captions and _lone_caption(text):
        return True
    if size <= _CAPTION_MAX and "/" in text and (slashed := _SLASH_CAPTION.fullmatch(text.strip())) and _slash_credit(
            slashed["credit"], text.strip()[:slashed.start("credit")]):
        return True
    if size <= 120 and _breadcrumb(text):
        return True
    if _editors_note(text):
        return True
    if size <= _TRANSLATION_NOTE_MAX and "ranslat" in text.lower() and _TRANSLATION_NOTE.fullmatch(text.strip()):
        return True
    if size <= _CREDIT_LINE_MAX and "by" in text.lower() and _CREDIT_LINE.fullmatch(text.strip()):
        return True
    if size <= _DISCLAIMER_MAX and "expressed" in text.lower() and _DISCLAIMER.fullmatch(text.strip()):
        return True
    if size <= _MENU_MAX and _furniture_row(text):
        return True
    if size <= _CONTACT_MAX and _contact(text):
        return True
    if size <= _LINK_LINE_MAX and ("http" in text or "www." in text) and _LINK_LINE.fullmatch(text.strip()):
        return True
    if size <= 200 and _SHARE_PLEA.fullmatch(text.strip()):
        return True
    if size <= _MAILING_MAX and _MAILING.fullmatch(text.strip()):
        return True
    if size <= _MAILING_MAX and _NEWSLETTER_PITCH.fullmatch(text.strip()):
        return True
    if size <= 60 and (_GREETING.fullmatch(text.strip()) or _CLOSING.fullmatch(text.strip())):
        return True
    if size <= 400 and ("t.co/" in text or "twitter.com/" in text.lower() or "(@" in text) and (
        _TWEET.search(text) or _TWEET_CREDIT.fullmatch(text)
    ):
        return True
    if size <= 80 and (DATELINE_PREFIX.fullmatch(text + " ") or (
            (wired := wire_dateline(text + " ")) is not None and wired.end() == len(text) + 1)):
        return True
    if text[:1] in "[(" and size <= _ASIDE_MAX and _aside(text):
        return True
    if size <= _CHORUS_MAX and ":" in text and _chorus(text):
        return True
    if size <= _HATNOTE_MAX and _HATNOTE.fullmatch(text.strip()):
        return True
    if size <= _POST_STATS_MAX and _POST_STATS.fullmatch(text.strip()) and _MARKED_COUNT.search(text):
        return True
    if text.startswith("[^") and _FOOTNOTE.match(text):
        return True  # a footnote's text, as Markdown writes it ("[^1]: Minutes of …") in a plain file
    # A caption or alt text: a few lowercase words, no sentence, no capital to start a heading.
    if len(text) <= 40 and len(text.split()) <= 4 and text[:1].islower() and not text.endswith(_SENTENCE_END):
        return True
    return False


def _hatnote_alone(text: str) -> bool:
    """A pointer to another page with nothing to show it is one but its place and the page's
    marks (see _SEE_HATNOTE)."""
    return _short(text, _HATNOTE_MAX) and ", see " in text.lower() and bool(_SEE_HATNOTE.fullmatch(text.strip()))


# A transcript's note of what was heard, not said, on a line of its own ("[Applause]",
# "(inaudible)", "[crosstalk]", "(LAUGHTER)"), as subtitles' descriptions of a sound are: one
# bracketed aside of at most ASIDE_MAX_WORDS words and no sentence. What the room did, not
# what a speaker argued; an aside inside a turn stays in it.
ASIDE_MAX_WORDS = 4
_ASIDE_MAX = 60
_CHORUS_MAX = _ASIDE_MAX + 40  # a cry from the room and the label of who cried it ("Hon. Members: ")
_ASIDE = re.compile(r"\[[^\[\]\n]+\]|\([^()\n]+\)")


# A chamber's or a hall's cry from many at once, on its line as a record sets it ("Hon. Members:
# Hear, hear!", "Opposition Members: Shame!", "Some hon. Members: No!"): no one's turn, what the
# room did, as an aside is; a group's turn of more than ASIDE_MAX_WORDS words stays text.
_CHORUS = re.compile(r"(?:(?:some|several|many|other|opposition|government|an?)\s+)?(?:hon(?:\.|ourable)?\s+)?"
                     r"(?:members?|voices|audience|crowd|delegates|senators|deputies|protesters|all)\s*:\s*"
                     r"(?P<said>\S.{0,60})", re.IGNORECASE)


def _chorus(text: str) -> bool:
    """A cry from the room (see _CHORUS): a record sets it as said, to its stop, and a cry holds no
    figure ("Members: 27 states", "Delegates: 1,200" are a fact box's lines)."""
    chorus = _CHORUS.fullmatch(text.strip())
    return chorus is not None and len(chorus["said"].split()) <= ASIDE_MAX_WORDS and _ends_sentence(
        chorus["said"]) and not any(c.isdigit() for c in chorus["said"])


def _aside(text: str) -> bool:
    """A bracketed aside alone (see ASIDE_MAX_WORDS)."""
    text = text.strip()
    return bool(_ASIDE.fullmatch(text)) and len(text[1:-1].split()) <= ASIDE_MAX_WORDS and not _ends_sentence(
        text[1:-1])


# Why a newsletter came ("You are receiving this email because you subscribed to …").
_MAILING = re.compile(r"(?:(?:you(?:'re| are) receiving|you (?:have )?received|you were sent) (?:this|these) (?:\w+ )?"
                      r"(?:emails?|e-mails?|messages?|newsletters?|updates?)|this (?:email|e-mail|message|newsletter)"
                      r" was sent to)\b.{0,200}", re.IGNORECASE)
_MAILING_MAX = 300
# A newsletter platform's pitch inside the post: its thanks that asks for a subscription ("Thanks
# for reading The Weekly! Subscribe for free to receive new posts and support my work."), its
# note of the reader's plan ("You're currently a free subscriber to …"), a paragraph its button
# ends ("Paid subscribers get the full analysis. Upgrade to paid": the button after a sentence),
# and its sponsor's paragraph ("This issue is brought to you by …"). The post's words about the
# platform, not about its story: two newsletters would be linked by them.
_NEWSLETTER_PITCH = re.compile(
    r"(?:thanks?(?: you)? for reading\b.{0,80}?[.!]\s+(?:subscribe|share|upgrade|sign up|become)\b"
    r"|you(?:'re|’re| are)(?: currently)? (?:a |on the )?(?:free|paid|premium) (?:subscriber|member|plan)\b"
    r"|(?:this|today(?:'s|’s)) (?:issue|newsletter|edition|email|e-mail|episode|post) is (?:brought to you|sponsored"
    r"|presented|supported|made possible) by\b"
    r"|this (?:post|issue|episode|edition) is (?:only )?for (?:paid |premium )?(?:subscribers|members)\b"
    r"|.{1,200}?[.!?]\s+(?:upgrade to (?:paid|premium)|subscribe now|upgrade now|get \d+% off)\W*$)"
    r".{0,240}", re.IGNORECASE | re.DOTALL)
# A letter's greeting and its closing ("Dear subscriber,", "Best wishes,"): the form of a letter,
# no claim. The name under a closing is the signature.
# (or a newsletter's hello to all its readers as a sentence: "Good morning, readers.", "Hi everyone!")
_GREETING = re.compile(r"(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))(?: [\w.'’-]+){1,4},"
                       r"|(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening)|welcome(?: back)?),?"
                       r"(?: (?:and welcome(?: back)?,? )?(?:dear |my |fellow )?(?:readers|friends|everyone|everybody|all"
                       r"|folks|subscribers|there))?[.!]", re.IGNORECASE)
# (and a closing as a letter in German, Portuguese, Spanish or French ends: "Mit freundlichen
# Grüßen", "Atenciosamente", "Un saludo", "Cordialement")
_CLOSING = re.compile(r"(?:with )?(?:(?:best|kind|kindest|warm|warmest|many|sincere) )?(?:regards|wishes|thanks)"
                      r"(?: again)?,?"
                      r"|(?:yours )?(?:sincerely|truly|faithfully)(?: yours)?,?|cheers,?|all the best,?|best,|thank you,?"
                      r"|(?:mit )?(?:freundlichen|freundliche|besten|beste|herzlichen|herzliche|viele|liebe) grüßen?,?"
                      r"|(?:com os melhores |melhores )?cumprimentos,?|atenciosamente,?|(?:um )?abraço,?"
                      r"|(?:un )?saludos?(?: cordiales)?,?|atentamente,?|(?:bien )?cordialement,?|bien à vous,?",
                      re.IGNORECASE)
# A signature under a closing: its lines (a name, a role, the body signed for), each a few words.
_CLOSING_NAME_WORDS = 6


def _signature_line(text: str) -> bool:
    """Whether `text`, under a signature's name, goes on with it: a role or the body signed for
    in a title's case ("Director of Communications", "Ministry of Waterways"), its small words
    aside; a line in a sentence's case under it is the text again ("What happens next")."""
    return all(w[:1].isupper() or w.lower() in FUNCTION_WORDS or w.lower() in PARTICLES or not w[:1].isalpha()
               for w in text.split())
# A reply's quotation of the message it answers: "On 3 March 2026, Ana <ana@…> wrote:" and the
# lines quoted after it, each opening with ">". The other message's words, not the reply's.
_REPLY_HEAD = re.compile(r"on\b.{1,200}\bwrote:", re.IGNORECASE | re.DOTALL)
_REPLY_HEAD_MAX = 250
_ORIGINAL_LINE = re.compile(_ORIGINAL_MESSAGE, re.IGNORECASE)


def _original_message(texts: Sequence[str]) -> int:
    """Where the message a reply answers begins, below the line Outlook sets above it (its text is
    not quoted line by line, so all of it after that line is the other message's); len(texts)
    when there is none."""
    return next((i for i, text in enumerate(texts) if i > 0 and len(text) <= _HEADING_MAX_CHARS
                 and _ORIGINAL_LINE.fullmatch(text.strip(_FURNITURE_MARKS))), len(texts))


def _quoted(text: str) -> bool:
    """Whether every line of `text` is quoted from another message ("> …")."""
    return all(line.lstrip().startswith(">") for line in text.split("\n"))


def _mail_signature(texts: Sequence[str]) -> int:
    """Where the signature of an e-mail saved as text begins: the "-- " line that sets it off,
    with nothing but short lines after it; len(texts) when there is none."""
    for i in range(len(texts) - 1, 0, -1):
        if len(texts[i]) > _HEADING_MAX_CHARS * 2:
            break
        if texts[i].split("\n", 1)[0].strip() == "--":
            return i
    return len(texts)


_SIGN_OFF = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*,\s+\S.{0,180}")


_CLOSERS = "\"'”’»)]"  # closing quote marks and brackets after a sentence's full stop


def _signature(text: str, author: str) -> bool:
    """The author's sign-off after the last paragraph: a name and a role, not a sentence."""
    if len(text) > 200 or text.rstrip(_CLOSERS).endswith((".", "!", "?", "…")):
        return False  # a sentence, if only inside a quote ("…who fired.\"")
    if author and fold(author) in fold(text):
        return True
    return bool(_SIGN_OFF.fullmatch(text))


_AUTHOR_NOTE_MAX = 300  # characters: a sentence or two on who wrote the piece


def _about_author(text: str, author: str) -> bool:
    """A note on the author above the article ("Lena Ostrova farms apricots near Kelmet and
    chairs …", as an op-ed opens): a short paragraph that opens with the author's name and ends
    as a sentence does (a heading that names the author is a heading)."""
    if not author or len(text) > _AUTHOR_NOTE_MAX or not text.rstrip().endswith(_SENTENCE_END):
        return False
    return _opens_with(fold(text), fold(author))


def _opens_with(norm: str, name: str) -> bool:
    """Whether the normalised text `norm` opens with the normalised `name`, a word of its own."""
    return bool(name) and norm.startswith(name + " ")


# An opinion piece's note on who wrote it, at its foot ("Jane Roe is a professor of history at
# Brennmoor University and the author of …", "The writer is a former engineer …"), often in
# italics or under a rule: who the author is, not what the piece argues. One of the last
# passages (nothing after them but furniture: the outlet's disclaimer, the author's handle), of
# at most AUTHOR_BIO_MAX characters, that ends as a sentence and opens with the writer's name:
# the byline's, or a name alone on its line above the text that the text itself never names (a
# place or a body the story is about is named in it: "Port Alder is a town of …" stays text),
# where the note names a writer's trade (_WRITER_TRADE: that name may as well be the person the
# story is about, "Maria Lopez is a nurse who …" its last paragraph);
# or, set off by italics, a dash or a rule above it, any person's name as a note on someone opens
# ("Ivo Marek is a …", "… is the author of …", "Ivo Marek, a former engineer, writes …"; "Ivo
# Marek, a nurse, said …", "Ivo Marek is back at work", "… was the first to …" are the story's
# after a section's break) or "The author is a …".
AUTHOR_BIO_MAX = 400
_BIO_NAME = re.compile(r"(?P<name>(?:[^\W\d_][\w.'’-]*\s+){1,3}?[^\W\d_][\w.'’-]*)(?:,\s+(?:an?|the)\s[^,]{1,80},)?"
                       r"\s+(?:(?:is|was|has been) (?:an?|former|the (?:[^\W\d_]+ ){1,2}(?:of|at|for|in))"
                       r"|teaches|taught|writes|works|lectures|directs|heads|chairs|edits|serves"
                       r"|served|leads|covers|researches)\b")
# A writer's trade, as a note on who wrote the piece names it: the trade's noun or "writes" ("…
# writes about water policy", "…
# is the author of …", "… a correspondent for …", "… the editor of the Valley Courier"), in English and
# in the languages of the news read beside it ("… es periodista y escribe sobre …", "… —
# журналистка, пишет о …"). (Each word whole: no letter before or after it, so a Devanagari
# word that ends on a vowel's sign is one too.) Not the verbs "reported", "edited", "edits",
# "wrote", "is writing" nor a "column": the person a story is about reports a fault, edits a
# petition or writes to the council.
_WRITER_TRADE = re.compile(
    r"(?<!\w)(?:writ(?:es|ers?)|co-?authors?|authors?|authored"
    r"|reporters?|correspondents?|editors?|columnists?"
    r"|journalist\w*|contributors?|contributing|bloggers?|blogs|essayists?|novelists?|poets?"
    r"|commentators?|critics?"
    # French, German, Dutch
    r"|écrivaine?s?|écrit|écrivent|chroniqueu(?:r|se)s?|rédact(?:eur|rice)s?|correspondante?s?|auteure?s?|autrices?"
    r"|éditorialistes?|schreibt|autor(?:a|as|es|in|innen|en|ka)?|schriftsteller(?:in|innen)?|redakteur(?:in|innen|e)?"
    r"|korrespondent(?:in|innen|en)?|kolumnist(?:in|innen|en)?|schrijver|schrijfster|schrijft|redacteur|verslaggever"
    # Spanish, Italian, Portuguese
    r"|periodistas?|escritor(?:a|es|as)?|escribe|columnistas?|redac?tor(?:a|es|as)?|corresponsal(?:es)?"
    r"|editorialistas?|giornalist[aie]|scritt(?:ore|rice|ori|rici)|editorialist[aie]|redatt(?:ore|rice|ori|rici)"
    r"|corrispondent[ei]|aut(?:ore|rice|ori|rici)|scrive|cronist[aie]|jornalistas?|colunistas?|escreve|repórter"
    # Russian, Ukrainian, Polish
    r"|журналист\w*|писател\w*|обозревател\w*|колумнист\w*|корреспондент\w*|редактор\w*|автор(?:а|ом|ка|ы)?|пишет"
    r"|журналіст\w*|письменни\w*|оглядач\w*|кореспондент\w*|пише|dziennikar\w*|pisar(?:z|ka)|publicyst\w*"
    r"|felietonist\w*|korespondent\w*|pisze"
    # Turkish, Azerbaijani, Armenian, Greek
    r"|gazeteci\w*|yazar\w*|muhabir\w*|editör\w*|köşe yazarı|yazıçı\w*|müxbir\w*|müəllif\w*"
    r"|լրագրող\w*|գրող\w*|թղթակից\w*|խմբագիր\w*|δημοσιογράφ\w*|συγγραφέ\w*|αρθρογράφ\w*|ανταποκριτ\w*"
    r"|συντάκτ\w*|γράφει"
    # Arabic, Persian, Hebrew, Hindi (an Arabic noun with its article or "and" before it)
    r"|(?:و?ال|و)?(?:صحفي|صحافي|كاتب|مراسل|محرر)(?:ة|ون|ين)?|تكتب|يكتب|روزنامه[\u200c ]?نگار\w*|نویسنده|خبرنگار\w*"
    r"|ستون[\u200c ]?نویس|سردبیر|עיתונאי(?:ת)?|כותב(?:ת)?|כתב(?:ת)?|עורך|עורכת|בעל(?:ת)? טור|पत्रकार|लेखक|लेखिका"
    r"|स्तंभकार|संवाददाता|संपादक)(?!\w)", re.IGNORECASE)
_BIO_WRITER = re.compile(r"(?:the|this) (?:authors?|writers?|columnists?|contributors?) (?:is|are|was|were) (?:an?|the|former)\b",
                         re.IGNORECASE)
# ... and speaks of the writer, not in the writer's voice nor in a voice it reports: a paragraph
# that says "I", "my", "we" or "said", "says", "told" (a quoted title left out: 'the author of
# "What I Saw"') is the story's ("Dana Ilves is still a nurse, she says, but not for long.").
_STORY_VOICE = re.compile(r"\b(?:I|I['’]\w+|me|my|mine|myself|we|our|ours|us|ourselves)\b"
                          r"|\b(?:said|says|say|told|tells|asked|asks|added|adds|recalled|recalls|insisted|insists)\b")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_ITALICS = ("*", "_")
_BIO_DASHES = ("—", "–", "-")  # a dash (not a list's "- ") that opens the note sets it off as a rule does


def _bylined_names(texts: Sequence[str], author: str) -> tuple[set[str], set[str]]:
    """The writer's names (normalised): the byline's, and (apart) the names alone on a line among
    the opening lines before the text begins that the text's paragraphs never name."""
    byline = {fold(author)} - {""}
    names: set[str] = set()
    prose = [i for i, t in enumerate(texts) if _prose(t)]
    if not prose:
        return byline, names
    body = None  # (the paragraphs folded, joined: only when a line above them reads as a name)
    for text in texts[1:min(prose[0], _OPENING_LINES)]:
        line = text.strip()
        if len(line) <= _LABEL_MAX and 1 < len(line.split()) <= SPEAKER_MAX_WORDS and is_name(line, confirmed=False):
            if body is None:
                body = "".join(f" {fold(texts[i])} " for i in prose)
            if f" {fold(line)} " not in body:
                names.add(fold(line))
    return byline, names


def _author_bio(text: str, names: Collection[str], set_off: bool, alone: Collection[str]) -> bool:
    """Whether `text` is a note on who wrote the piece (see AUTHOR_BIO_MAX); `names`: the byline's,
    `alone`: the names alone on their lines above the text (_bylined_names)."""
    if len(text) > AUTHOR_BIO_MAX or "\n" in text.strip():
        return False
    inner = text.strip()
    if len(inner) > 2 and inner[0] in _ITALICS and inner[-1] == inner[0]:
        inner, set_off = inner.strip("".join(_ITALICS) + " "), True
    if inner[:1] in _BIO_DASHES and not LIST_ITEM.match(inner):  # "— Jane Roe is …", "-- Ivo Marek, a former engineer, …"
        inner, set_off = inner.lstrip("".join(_BIO_DASHES) + " "), True
    if not _ends_sentence(inner) or _STORY_VOICE.search(_QUOTED.sub("", inner)):
        return False
    norm = fold(inner)
    if any(_opens_with(norm, name) for name in names):
        return True
    if any(_opens_with(norm, name) for name in alone) and _WRITER_TRADE.search(_QUOTED.sub("", inner)):
        return True
    opening = _BIO_NAME.match(inner)
    return set_off and bool(_BIO_WRITER.match(inner) or opening and is_name(opening["name"], confirmed=False))


def _author_bios(texts: Sequence[str], author: str, sources: Collection[int] = ()) -> set[int]:
    """The passages at a text's foot that are notes on its writer (see AUTHOR_BIO_MAX), above
    its furniture and its lists of sources (`sources`)."""
    found: set[int] = set()
    names: tuple[set[str], set[str]] | None = None
    for i in range(len(texts) - 1, 0, -1):
        text = texts[i]
        if i in sources or _furniture(text) and any(c.isalnum() for c in text):
            continue  # the disclaimer, the author's handle under the note
        if len(text) > AUTHOR_BIO_MAX:
            break
        if names is None:
            names = _bylined_names(texts[:i], author)
        rule = not any(c.isalnum() for c in texts[i - 1]) and len(texts[i - 1]) <= _HEADING_MAX_CHARS
        if not _author_bio(text, names[0], rule, names[1]):
            break
        found.add(i)
    return found


def _running_lines(texts: Sequence[str]) -> set[str]:
    """The short lines (page numbers at their edge left out) that repeat as a running header or
    footer does (see _RUNNING_REPEATS)."""
    seen: dict[str, list[str]] = {}
    for text in texts:
        if _MARKDOWN_HEADING.match(text):
            continue  # a Markdown heading is the author's own ("## Part 1", "## Part 2"), no page's
        if len(text) <= _HEADING_MAX_CHARS and "\n" not in text and not text.rstrip().endswith(_SENTENCE_END):
            key = running_line(text)
            if key and len(key.split()) <= RUNNING_MAX_WORDS:
                seen.setdefault(key, []).append(text)
    return {key for key, found in seen.items()
            if len(found) >= _RUNNING_REPEATS or (len(found) > 1 and any(" ".join(t.split()) != key for t in found))}


def _end_notes(texts: Sequence[str]) -> int:
    """Where the notes that end a text begin: the passages after its last that each open with a
    marker ("[1]", "[a]") which the text before them refers to, or the footnote rule over notes
    copied out of a PDF (_ruled_notes); len(texts) when it ends with none (a list of "[1] …"
    lines the text never refers to is its own)."""
    if (ruled := _ruled_notes(texts)) is not None:
        return ruled
    start = len(texts)
    while start > 1 and _NOTE_MARKER.match(texts[start - 1]):
        start -= 1
    if start == len(texts):
        return start
    before = "\n".join(texts[:start])
    markers = [_NOTE_MARKER.match(text)[1] for text in texts[start:]]
    return start if all(marker in before for marker in markers) else len(texts)


# The rule a page sets over its footnotes, as text copied out of a PDF keeps it ("_____"), and
# the notes under it, each opening with its number ("1 Survey of …"): the text refers to each by
# that number glued to a word's end, as a superscript comes out in a copy (note_marks: "on
# record.1", "water2").
_NOTE_RULE = re.compile(r"[_\-–—]{5,}")
_NUMBERED_NOTE = re.compile(r"(\d{1,3})[ \t]+\S")
NOTE_LINES = re.compile(r"^[ \t]*(\d{1,3})[ \t]+\S", re.MULTILINE)  # each note's line, its number first


def _ruled_notes(texts: Sequence[str]) -> int | None:
    """The last footnote rule of a text, when every passage under it is a note whose number the
    text above refers to (see _NOTE_RULE): a numbered list under a rule line ("1 Sales", then
    its paragraphs) is the text's own; else None."""
    rule = next((i for i in range(len(texts) - 2, 0, -1) if _NOTE_RULE.fullmatch(texts[i].strip())), None)
    if rule is None:
        return None
    notes = [_NUMBERED_NOTE.match(text) for text in texts[rule + 1:]]
    if not all(notes):
        return None
    marked = {m[1] for marks in footnote_marks(texts[:rule]) for m in marks}
    return rule if all(note[1] in marked for note in notes) else None


# Notes copied out of a PDF whose rule did not come with them, as a page's line seldom does: the
# passages right above a page's number (its foot) or ending the text, numbered 1, 2, 3… in turn
# from page to page, each number glued to a word's end above as a superscript comes out in a
# copy ("aboard.1"; note_marks). At least NOTES_MIN of them in the text: one numbered line at a
# foot may be the text's own ("1 in 5 boats").
NOTES_MIN = 2


def numbered_notes(texts: Sequence[str]) -> list[int]:
    """The passages that are unruled notes (see NOTES_MIN), in order; [] when the text has none."""
    feet = [i for i in range(1, len(texts)) if PAGE_NUMBER.fullmatch(texts[i])] + [len(texts)]
    found: list[int] = []
    numbers: list[int] = []
    first_marks: dict[str, int] | None = None  # each mark's number: the passage it first stands in
    for foot in feet:
        end = foot
        while end > 1 and PAGE_NUMBER.fullmatch(texts[end - 1]):
            end -= 1
        start, run = end, []
        while start > 1 and start - 1 not in found and _NUMBERED_NOTE.match(texts[start - 1]):
            # (a passage of several notes, each line opening on its number, as a copy runs them together)
            here = [int(n) for n in NOTE_LINES.findall(texts[start - 1])]
            if run and here[-1] != run[0] - 1:
                break
            run[:0] = here
            start -= 1
        if not run:
            continue
        if first_marks is None:  # the marks read once, not the text above each foot again (a report's hundreds of pages)
            first_marks = _first_marks(texts)
        if not all(first_marks.get(str(n), start) < start for n in run):
            continue  # the text's own numbered lines
        found += range(start, end)
        numbers += run
    if len(numbers) < NOTES_MIN or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    return found


def _first_marks(texts: Sequence[str]) -> dict[str, int]:
    """Each footnote mark's number (footnote_marks) in the passages, and the first passage it
    stands in."""
    first: dict[str, int] = {}
    for i, marks in enumerate(footnote_marks(texts)):
        for m in marks:
            first.setdefault(m[1], i)
    return first


# An item of a live blog's key events: the time of the entry and its headline ("2:32pm Union
# rejects offer"). The entries themselves follow the list, the first of them under a time the
# list has given: there the list ends.
_TIMED_ITEM = re.compile(rf"(?P<clock>{_TIME_ALONE.pattern})\s+\S.*", re.IGNORECASE)
# An entry of a timeline, a list of what happened in which year or on which date ("- 1991:
# Armenia declares independence", "12 May 1994 – ceasefire signed"), as a story sets its history
# out under a "Key events" heading: not a live blog's list of its entries, which gives times
# (a clock of four digits among them, its zone after it: "1432 GMT", "0905 UTC").
_TIMELINE_ENTRY = re.compile(rf"(?:{LIST_ITEM.pattern})?(?:{_DATE}|(?:{_MONTH}\s+)?(?:1\d|20)\d\ds?)(?![\d:.]\d)"
                             r"(?!\s*(?-i:[A-Z]{2,3}T|UTC)\b)", re.IGNORECASE)


def _link_item(text: str, before: str, listed_times: set[str]) -> bool:
    """Whether `text` goes on the list of links to other stories or entries that `before`
    heads or goes on (_LINK_LIST_HEAD): a list's item; a key event's time and headline, its
    time not listed yet (added to `listed_times`), a headline and no sentence; or, right under a head that brings it in with
    a colon ("Read more:"), a headline, no sentence."""
    if len(text) > _LINK_ITEM_MAX or "\n" in text:
        return False
    if LIST_ITEM.match(text):
        return True
    if (timed := _TIMED_ITEM.fullmatch(text)) and not _ends_sentence(text):
        time = "".join(c for c in timed["clock"] if c.isdigit())  # (a headline; a timeline's sentence is text)
        if time not in listed_times:
            listed_times.add(time)
            return True
        return False
    head = before.strip(_FURNITURE_MARKS)
    # (a head that says "read also" links to the headline under it with a colon or without: "LEGGI ANCHE";
    # "Read more" alone is as often a teaser's button over the story's own heading)
    return (before.rstrip().endswith(":") and bool(_LINK_LIST_HEAD.fullmatch(head)) or bool(
        re.fullmatch(_READ_ALSO, head, re.IGNORECASE)) and not _MORE_BUTTON.fullmatch(head)) and not _ends_sentence(text)


# An interview or a transcript that sets who speaks on a line of its own above each turn
# ("**Dana Ilves**", "HARBOUR MASTER RUEL"): short lines of a name (a capital first, at most
# SPEAKER_MAX_WORDS words, no sentence), two names or more, each standing above a turn
# twice or more and taking turns with the others. The names are labels, not headings, and what
# follows each is a turn, said, however short or whether a question.
SPEAKER_TURNS_MIN = 2  # turns each speaker takes, at least
# ... the name with the time of the turn beside it, as a transcribing service sets it ("Dana Ilves
# 0:05", "Dana Ilves (00:01:12):", "[00:01:12] Dana Ilves"): the stamp taken off, the name judged.
_TURN_TIME = r"[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?"
_TURN_STAMP = re.compile(rf"^{_TURN_TIME}\s+|\s+{_TURN_TIME}(?=:?$)")


def _speaker_line(text: str) -> str:
    """The name `text` gives, when it is a name alone on its line (see SPEAKER_TURNS_MIN); ""."""
    name = _TURN_STAMP.sub("", _unbolded(text.strip()).rstrip(":").strip()) if ":" in text else _unbolded(text.strip())
    name = name.rstrip(":").strip()
    words = name.split()
    if not 0 < len(words) <= SPEAKER_MAX_WORDS or "\n" in name or any(c.isdigit() for c in name) or name.endswith(
            _SENTENCE_END) or not name[:1].isupper():
        return ""
    return fold(name)


def _titled_name(text: str) -> bool:
    """Whether `text` is a title and a name, as a record labels a turn ("Mr Mayor", "Councillor
    Eide", "Mr van der Berg"): each word after the title a capital's or a name's particle (PARTICLES),
    none a possessive's ("Dr Amsel's Report" and "Mr Berg and the Harbour" are headings)."""
    words = _unbolded(text.strip()).rstrip(":").split()
    return titled(text) and len(words) > 1 and all((w[:1].isupper() or w in PARTICLES) and not w.endswith(
        ("'s", "’s")) for w in words[1:])


def _speaker_lines(texts: Sequence[str], record: tuple[frozenset[int], frozenset[str]] | None) -> set[int]:
    """The passages that are a speaker's name above a turn (see SPEAKER_TURNS_MIN; `record`: the
    debate's labels, reader.corpus.marks.debate_record)."""
    names = {i: name for i, text in enumerate(texts[:-1]) if len(text) <= _LABEL_MAX and (name := _speaker_line(text))}
    labels = [i for i in names if i + 1 not in names]  # each above a turn, not above another name
    debate: set[int] = set()
    if record is not None:
        alone, surnames = record
        debate = set(alone) | {i for i in labels if names[i].split()[-1] in surnames or _titled_name(texts[i])}
    turns: dict[str, int] = {}
    for i in labels:
        turns[names[i]] = turns.get(names[i], 0) + 1
    takers = {name for name, n in turns.items() if n >= SPEAKER_TURNS_MIN}
    sequence = [names[i] for i in labels if names[i] in takers]
    changes = sum(a != b for a, b in zip(sequence, sequence[1:]))
    if len(takers) < 2 or changes * 2 < len(sequence) - 1:
        return debate  # one name again and again, or sections under names that do not take turns
    return debate | {i for i in labels if names[i] in takers}


def _contents_entry(text: str) -> bool:
    """An entry of a table of contents: a section's number and its heading, which opens as a
    heading does, not in lowercase ("2 Closure"; "2 kg of rice" under "Contents:" is a list of things)."""
    entry = _CONTENTS_ENTRY.fullmatch(text.strip())
    return entry is not None and not text.split(maxsplit=1)[1][:1].islower()


def _contents(texts: Sequence[str]) -> set[int]:
    """The lines of a copied table of contents (see CONTENTS_MIN_ENTRIES)."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if i in found or not _CONTENTS_HEAD.fullmatch(text.strip(_FURNITURE_MARKS)):
            continue
        end = i + 1
        while end < len(texts) and len(texts[end]) <= _HEADING_MAX_CHARS and (
                _CONTENTS_SWITCH.fullmatch(texts[end].strip()) or not texts[end].endswith(_SENTENCE_END)
                and _contents_entry(texts[end])):
            end += 1
        if sum(1 for t in texts[i + 1:end] if _contents_entry(t)) >= CONTENTS_MIN_ENTRIES:
            found.update(range(i, end))
    return found


def _numbered_heading(texts: Sequence[str], i: int) -> bool:
    """A numbered section heading: "2. Water flows" between paragraphs, not in a list."""
    text = texts[i]
    if not _NUMBERED_HEADING.match(text) or len(text.split()) > _NUMBERED_HEADING_WORDS or text.endswith(
            (*_SENTENCE_END, ",", ";", ":")):
        return False
    return not any(0 <= j < len(texts) and LIST_ITEM.match(texts[j]) for j in (i - 1, i + 1))


# A box of facts under a title ("Date: 19 September 2023", "Location: Harrow Valley", "Result:
# Ceasefire"), as an encyclopedia's infobox or a report's summary sets it: a label of one to
# three words, a colon and a short value that is no sentence, on each of FACT_BOX_MIN_LINES lines
# in a row or more. The box restates in fields what the article tells (its date, place and
# outcome): read as headings, each field linked on its names alone, and one side's box with the
# other's by the template's labels. So it is furniture, still shown, as a page's metadata is.
_FACT = re.compile(r"[^\W\d_][\w'’-]*(?: [\w'’()-]+){0,2}[ \t]*:[ \t]+\S.{0,100}")
FACT_BOX_MIN_LINES = 2
_FACT_VALUE_WORDS = 10


def _fact(text: str) -> bool:
    """A line of a box of facts: "Label: value" (see _FACT)."""
    if "\n" in text or not text[:1].isupper() or not _FACT.fullmatch(text) or _speaks(text):
        return False
    value = text.split(":", 1)[1]
    return len(value.split()) <= _FACT_VALUE_WORDS and not _ends_sentence(value)


def _fact_boxes(texts: Sequence[str]) -> set[int]:
    """The passages that are lines of a box of facts (FACT_BOX_MIN_LINES of them in a row)."""
    found: set[int] = set()
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        if i > 0 and len(text) <= _HEADING_MAX_CHARS and _fact(text):  # (a title may hold a colon)
            run.append(i)
            continue
        if len(run) >= FACT_BOX_MIN_LINES:
            found.update(run)
        run = []
    return found


# An organisation's note on itself at the end of a press release or a post ("About the Ministry
# of Waterways" over "The Ministry of Waterways is responsible for …"): a heading "About" and a
# name, the paragraph under it opening with that name, and nothing after but such notes and
# furniture. What the organisation says of itself every time, not what the text argues.
_ABOUT = re.compile(r"about (?:the |our )?(?P<name>(?-i:[^\W\d_a-z])[^.!?:]{0,80})", re.IGNORECASE)


def _about_heading(texts: Sequence[str], i: int) -> bool:
    """Whether passage i heads an organisation's note on itself (see _ABOUT)."""
    found = _about_head(texts[i])
    if found is None or i + 1 >= len(texts):
        return False
    return _opens_with(fold(texts[i + 1]).removeprefix("the "), fold(found["name"]).removeprefix("the "))


# ... or the heading run in, a colon after the name ("About Vell Harbour Board: Vell Harbour Board
# manages …"), the note after it opening with that name or, past a release's end mark, with any
# words; at the text's foot (no sentence of the text's own under it) or past the end mark.
_ABOUT_RUN_IN = re.compile(r"about (?:the |our )?(?P<name>(?-i:[^\W\d_a-z])[^.!?:\n]{0,80}):[ \t]+(?P<note>\S)",
                           re.IGNORECASE)


def _about_run_in(text: str, released: bool) -> bool:
    """Whether `text` is an organisation's note on itself under its heading run in (see _ABOUT_RUN_IN);
    `released`: it stands past a release's end mark."""
    found = _ABOUT_RUN_IN.match(text.lstrip(_FURNITURE_MARKS + "#"))
    if found is None:
        return False
    note = text.lstrip(_FURNITURE_MARKS + "#")[found.start("note"):found.start("note") + 200]
    return released or _opens_with(fold(note).removeprefix("the "), fold(found["name"]).removeprefix("the "))


def _about_head(text: str) -> re.Match[str] | None:
    """`text` as a heading over an organisation's note on itself (see _ABOUT), or None."""
    return _ABOUT.fullmatch(text.strip(_FURNITURE_MARKS + "#")) if len(text) <= _HEADING_MAX_CHARS else None


# The mark a press release ends on (_END_MARK, "###", "- 30 -"): what follows
# it is the issuer's, not the release's, so an "About" heading there heads its note on itself
# whatever the note's first words ("About Harbour Yards" over "Founded in 1921, the yard …").
_RELEASE_END = re.compile(rf"#(?:\s?#){{2}}|[-–—]*\s*(?:30|{_END_MARK})\s*[-–—]*", re.IGNORECASE)
_RELEASE_END_MAX = 30  # characters: the longest mark with its dashes or brackets, "--- END OF STATEMENT ---"


def _about_sections(texts: Sequence[str], contacts: Collection[int] = ()) -> int:
    """Where the organisations' notes on themselves that end a text begin (see _ABOUT), past
    the contact blocks after them (`contacts`); len(texts) when it ends with none."""
    start = len(texts)
    released = next((i for i, t in enumerate(texts) if i > 0 and len(t) <= _RELEASE_END_MAX
                     and _RELEASE_END.fullmatch(t.strip())), len(texts))
    foot = True  # (only furniture, contacts and such notes below: a note run in its heading ends the text)
    for i in range(len(texts) - 1, 0, -1):
        if _about_heading(texts, i) or i > released and _about_head(texts[i]) or (
                (foot or i > released) and _about_run_in(texts[i], i > released)):
            start = i
            continue
        foot = foot and (i in contacts or len(texts[i]) <= _HEADING_MAX_CHARS and not _ends_sentence(texts[i])
                         or _furniture(texts[i]))
        if len(texts[i]) <= _HEADING_MAX_CHARS and _is_heading(texts[i], False) and not (
                i in contacts or _furniture(texts[i]) or _furniture_head(texts, i)):
            break  # a section of the text's own after it
    return start


# A head a press release sets over whom to call ("Media contact:", "Press enquiries", "For further
# information, please contact:"), and the block under it: up to CONTACT_BLOCK_LINES short lines
# that are no sentence (a name, an office, a number, an address), one of them an address or a
# number to write or call, or, under a head that names the press or the media, the text ending
# under them. Names and offices to call, not the story (a bare "Contacts", "Relations" or
# "Inquiries" heads a story's own list as often: "Inquiries" over "The Orvet dam inquiry (2022)").
_CONTACT_HEAD = re.compile(r"(?:(?P<press>media|press) |(?:investor|news) )?(?:contacts?|enquiries|inquiries|relations)"
                           r"|(?P<further>for (?:further|more) (?:information|details)(?:,? (?:please )?contact)?)"
                           r"|(?P<media>for (?:media|press) (?:enquiries|inquiries)(?:,? (?:please )?contact)?)", re.IGNORECASE)


def _contact_blocks(texts: Sequence[str]) -> set[int]:
    """The passages under a head of contacts that are its block (see _CONTACT_HEAD)."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        head = None if len(text) > _HEADING_MAX_CHARS else _CONTACT_HEAD.fullmatch(
            _unbolded(text.strip(_FURNITURE_MARKS + "#")))
        if head is None:
            continue
        block = list(takewhile(lambda j: _short(texts[j], _CONTACT_MAX) and (_contact(texts[j]) or not _ends_sentence(
            texts[j])), range(i + 1, min(len(texts), i + 1 + CONTACT_BLOCK_LINES))))
        if block and ((head["press"] or head["media"]) and block[-1] == len(texts) - 1 or any(_reach_line(texts[j]) for j in block)):
            found.update(block)
    return found


# The outlet's name, as a page sets it over or under the title ("The Valley Courier", "Brennmoor
# Herald"): among the lines before the text begins, a short name in capitals (with "the", "of",
# "and") that names a kind of outlet, or stands beside the byline or the date line.
_OUTLET_WORDS = frozenset("""
herald courier times post news gazette tribune journal chronicle observer review press daily weekly agency
wire telegraph guardian mail express standard monitor record mirror independent dispatch ledger bulletin
magazine radio tv television online sentinel examiner inquirer globe register reporter insider digest
""".split())
_OUTLET_FILLERS = frozenset({"the", "of", "and", "&"})
_MASTHEAD_WORDS = 6
_OPENING_LINES = 8  # where the title, the outlet, the byline and the date stand


def _outlet_name(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= _MASTHEAD_WORDS or any(c.isdigit() or c in ":,;|#" for c in text) or text.endswith(
            _SENTENCE_END):
        return False
    return all(w.lower() in _OUTLET_FILLERS and n > 0 or (w[:1].isupper() and w.lower() not in FUNCTION_WORDS)
               or (n == 0 and w.lower() == "the") for n, w in enumerate(words))


def _metadata(text: str) -> bool:
    """A byline or a date line: what stands beside an outlet's name on a page."""
    return len(text) <= 80 and (bool(_BYLINE.fullmatch(text) or byline_parts(text)) or is_stamp(
        text.strip(_FURNITURE_MARKS)) or _metadata_line(text))


# A letterhead: the sender's name in capitals over a statement's title ("MARVELAN FISHING OWNERS'
# FEDERATION" over "Statement on the seizure …"). Its form is a headline's in capitals, so what
# tells it is a word naming a body that speaks (_BODY_WORDS), last ("… FEDERATION", "… LTD") or
# before "of" ("MINISTRY OF FISHERIES"), where a headline puts its verb ("FERRY STRIKE ENDS"), and
# a title-like line under it (one line, not in capitals, no stop at its end): a title in capitals
# with no second title line under it is the title. The words are those organisations name
# themselves by, not a newspaper's (_OUTLET_WORDS: masthead).
_BODY_WORDS = frozenset("""
federation association confederation ministry department council union party league alliance coalition
committee commission board authority society institute institution foundation trust fund company corporation
ltd limited inc plc llc gmbh ag sa bv co group guild syndicate chamber cooperative co-operative secretariat
embassy consulate office organisation organization congress assembly
parliament government municipality directorate agency bureau
""".split())
LETTERHEAD_WORDS = 8  # an organisation's name, "National Union of Rail, Maritime and Transport Workers" at most
# ... set on up to LETTERHEAD_LINES lines, one passage or a passage each ("BRENNMOOR FERRY" over
# "OWNERS' FEDERATION"), or in a title's case: each word on its capital but the small words of a
# name (_NAME_LINKS), and the word naming the body last after names alone, no article nor
# preposition ("Kelmet Ferry Company Ltd"), or first before "of" ("Ministry of Waterways and
# Locks"), where a headline in a title's case puts a body's word after its own ("The Return of
# the Party", "A Fragile Union", "Inside the Council").
LETTERHEAD_LINES = 2
_NAME_LINKS = frozenset({"of", "and", "for", "the", "&"})


# The legal form a company's name ends with ("Halvorsen Chemie GmbH", "Kelmet Ferry Company Ltd"):
# what tells a letterhead written in the name's own case, where a headline in title case may end
# on any other word of _BODY_WORDS ("Why I Left the Party").
_LEGAL_FORMS = frozenset("gmbh ltd inc plc llc ag sa bv nv kg oy spa srl limited".split())


def _body_name(text: str) -> bool:
    """Whether `text` is an organisation's name in capitals, in a title's case (see _BODY_WORDS,
    _NAME_LINKS), or in its own case ending on its legal form (see _LEGAL_FORMS)."""
    words = [w.strip("'’.,&()").lower() for w in text.split()]
    if not 1 < len(words) <= LETTERHEAD_WORDS or any(c.isdigit() or c in ":;|#!?" for c in text):
        return False
    if text.isupper():
        return words[-1] in _BODY_WORDS or any(w in _BODY_WORDS and nxt == "of" for w, nxt in zip(words, words[1:]))
    written = text.split()
    if words[-1] in _LEGAL_FORMS and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in written):
        return True
    if not all(w[:1].isupper() if n == 0 or w not in _NAME_LINKS else True for n, w in enumerate(written)):
        return False
    named = words[-1] in _BODY_WORDS and not any(w in FUNCTION_WORDS and w not in ("and", "&") for w in words)
    return named or (words[0] in _BODY_WORDS and words[1] == "of")


def _letterhead(texts: Sequence[str]) -> tuple[int, int]:
    """How many of the first passages are a letterhead's name over the title (see _BODY_WORDS,
    LETTERHEAD_LINES), and how many with the postal address under it; (0, 0) where there is
    none. A title in capitals is one under a name that is not."""
    for count in range(1, LETTERHEAD_LINES + 1):
        if len(texts) <= count:
            return 0, 0
        lines = [line.strip() for text in texts[:count] for line in text.strip().split("\n")]
        if len(lines) > LETTERHEAD_LINES:
            return 0, 0
        name = " ".join(lines)
        if not _body_name(name) or (len(lines) > 1 and name.isupper() != all(line.isupper() for line in lines)):
            continue
        furniture = count + 1 if len(texts) > count + 1 and _postal_address(texts[count].strip()) else count
        title = texts[furniture].strip()
        if (0 < len(title) <= _HEADING_MAX_CHARS and "\n" not in title and not (title.isupper() and name.isupper())
                and title[:1].isupper() and not title.endswith(_SENTENCE_END) and not _metadata(title)
                and (furniture > count or not _named_by_words_alone(name) or _dated_under(texts, furniture))):
            return count, furniture
    return 0, 0


def _named_by_words_alone(name: str) -> bool:
    """Whether a letterhead's name is told by its words alone (see _body_name): no legal form at
    its end, in capitals or a title's case, which is how a headline over its standfirst reads too
    ("Rebels Storm Parliament", "REBELS STORM PARLIAMENT", "Ministry of Defence Admits Failures");
    such a name is a letterhead only with the postal address under it or the statement's date
    line under its title."""
    return name.split()[-1].strip("'’.,&()").lower() not in _LEGAL_FORMS


def _dated_under(texts: Sequence[str], title: int) -> bool:
    """Whether the passage under the title at `title` is a date line ("Brennmoor, 3 March 2026")."""
    line = texts[title + 1].strip() if title + 1 < len(texts) else ""
    return bool(_PLACE_DATELINE.fullmatch(line) or _DATELINE.fullmatch(line) or _FOREIGN_DATELINE.fullmatch(line))


def letterhead_passages(texts: Sequence[str]) -> int:
    """How many of the first passages are a letterhead over the title, its address included
    (see _letterhead): 0 where there is none."""
    return _letterhead(texts)[1]


def letterhead(texts: Sequence[str]) -> bool:
    """Whether the first passages are a letterhead over the title (see letterhead_passages)."""
    return letterhead_passages(texts) > 0


def outlet_line(texts: Sequence[str]) -> str | None:
    """The outlet's or the sender's name that the opening passages give (masthead), on one line;
    None when they give none."""
    at = masthead(texts)
    if at is None:
        return None
    return " ".join(" ".join(texts[i].split()) for i in range(at, at + max(1, _letterhead(texts)[0] if at == 0 else 1)))


def masthead(texts: Sequence[str]) -> int | None:
    """The passage that is the outlet's name under (or over) the title (see _OUTLET_WORDS),
    among the opening lines before the first paragraph of text (a section of a menu is none),
    or the sender's letterhead over it (see _BODY_WORDS); None when there is none."""
    if letterhead(texts):
        return 0
    menus = _menu_runs(texts[:_OPENING_LINES * 4])
    for i in range(1, min(len(texts), _OPENING_LINES)):
        text = texts[i].strip()
        if len(text) > _HEADING_MAX_CHARS or text.endswith(_SENTENCE_END):
            return None  # the text has begun
        if not _outlet_name(text) or _metadata(text) or i in menus:
            continue
        if any(w.lower().strip("'’") in _OUTLET_WORDS for w in text.split()) or (
                len(text.split()) > 1 and any(0 < j < len(texts) and _metadata(texts[j].strip()) for j in (i - 1, i + 1))
                and not any(j != i and t.strip() == text for j, t in enumerate(texts))):
            # (one word beside a byline is as often the section: "Opinion", "Analysis"; a name the
            # text sets again over its entries, beside each one's time, is their writer's)
            return i
    return None


# A section label over the headline ("Business · Mining", "World | Africa", "News / Politics"): the
# page's categories, set above the article it files, not a heading of its text. Two to
# SECTION_LABEL_MAX_ITEMS categories between separators, each a name of at most
# SECTION_LABEL_ITEM_WORDS words opening on a capital (a section's name, not a phrase), directly
# above the headline (the passage the article's metadata names its title). One category alone
# ("Opinion") is the masthead's concern (masthead); one not above the headline may be the author's.
SECTION_LABEL_MAX_ITEMS = 4
SECTION_LABEL_ITEM_WORDS = 3
_SECTION_SEPARATOR = re.compile(r"\s+[|·•/]\s+")
_SECTION_NAME = re.compile(r"[^\W\d_][\w'’&-]*(?:\s+(?:&|[\w'’-]+)){0,%d}" % (SECTION_LABEL_ITEM_WORDS - 1))


def _section_name(part: str) -> bool:
    """Whether `part` is a section's name (see SECTION_LABEL_ITEM_WORDS): its capital a letter of
    any alphabet ("Économie", "Мир")."""
    return part[:1].isupper() and bool(_SECTION_NAME.fullmatch(part))


def _section_labels(texts: Sequence[str], title: str) -> set[int]:
    """The passages that are section labels over the headline (see SECTION_LABEL_MAX_ITEMS)."""
    named = fold(title)
    if not named:
        return set()
    found = set()
    for i in range(len(texts) - 1):
        if len(texts[i]) > _HEADING_MAX_CHARS or fold(texts[i + 1]) != named:
            continue
        parts = _SECTION_SEPARATOR.split(texts[i].strip())
        if 1 < len(parts) <= SECTION_LABEL_MAX_ITEMS and all(_section_name(p) for p in parts):
            found.add(i)
    return found


# A pull quote: a line of the article set again in large type between its paragraphs. Its words
# are the article's, said once already, so it is furniture, as the title repeated is. A passage
# of PULL_QUOTE_MIN_WORDS words (a phrase shorter may well recur) to _PULL_QUOTE_MAX characters
# whose words stand, in order, inside a longer passage at most PULL_QUOTE_REACH passages away
# is one (a page sets it beside the paragraph it quotes; looking no further keeps the cost of a
# huge file of short lines linear).
PULL_QUOTE_MIN_WORDS = 6
PULL_QUOTE_REACH = 12
_PULL_QUOTE_MAX = 300


def _pull_quotes(texts: Sequence[str]) -> set[int]:
    """The passages that repeat words of a longer passage near them (see PULL_QUOTE_MIN_WORDS)."""
    norms: dict[int, str] = {}

    def norm(j: int) -> str:
        if j not in norms:
            norms[j] = f" {fold(texts[j])} "
        return norms[j]

    lengths = [len(text) for text in texts]
    found = set()
    for i, text in enumerate(texts):
        if len(text) > _PULL_QUOTE_MAX or len(text.split()) < PULL_QUOTE_MIN_WORDS:
            continue
        quote = norm(i)
        if len(quote.split()) < PULL_QUOTE_MIN_WORDS:
            continue
        for j in range(max(0, i - PULL_QUOTE_REACH), min(len(texts), i + PULL_QUOTE_REACH + 1)):
            if lengths[j] > lengths[i] and quote in norm(j):  # (a longer passage: never i itself)
                found.add(i)
                break
    return found


def classify(texts: Sequence[str], title: str = "", author: str = "",
             headings: Collection[int] = (), notes: Collection[int] = (),
             page_notes: Collection[int] | None = None) -> list[Kind]:
    """A kind for each paragraph text of one article, in order. `headings`: the paragraphs the
    file's markup marks as headings though their text does not show it (Markdown's headings,
    their marks taken out); they are headings unless furniture or a repeated title, as a "# "
    line is; the first of them is the title, even where it reads as a byline. The
    first paragraph is where a title stands, so a "By ..." line there that names nobody ("By
    Land and Sea") is not taken for a byline. `notes`: the paragraphs the markup marks as its
    footnotes' text (Markdown's "[^1]: …"), apparatus as a list of references is. `page_notes`:
    numbered_notes(texts), where the caller has read it already (the loader also asks it)."""
    kinds: list[Kind] = []
    seen_headings = {fold(title)} - {""}
    in_author_box = False
    in_link_list = False
    in_apparatus = False
    content_seen = False  # a paragraph that is not furniture came before
    body_seen = False  # a body paragraph came before: only after one can an author sign off
    box = next((i for i, t in enumerate(texts) if _AUTHOR_BOX.fullmatch(t.strip(" :"))), len(texts))
    last_body = max((i for i, t in enumerate(texts[:box]) if len(t) > 200 and not _editors_note(t)), default=-1)
    # (below the last paragraph of prose, a note's, a reference's, only short lines: a text's foot)
    last_prose = max((i for i, t in enumerate(texts) if _prose(t) and not _APPARATUS_ENTRY.match(t)), default=-1)
    running = _running_lines(texts)
    pulled = _pull_quotes(texts)
    labels = _section_labels(texts, title)
    facts = _fact_boxes(texts) | _contents(texts)
    menus = _menu_runs(texts, headings)
    record = debate_record(texts)
    speaker_names = _speaker_lines(texts, record)
    surnames = record[1] if record else frozenset()  # (a debate's later turns open on the name alone before a colon)
    parties = _party_block(texts)
    legal = _legal_sections(texts) | parties
    judged = None  # whether the text reads as a judgment (_judgment), asked once, when a judge's name ends it
    checks = fact_checks.labels(texts)  # a fact check's rating and the heads of its blocks
    sources = _source_lines(texts)
    credits = _lone_credits(texts)
    read_heads = _read_also_heads(texts)
    story_lines = _told_in_lines(texts)
    bios = _author_bios(texts, author, sources)
    contacts = _contact_blocks(texts)
    ending = min(_about_sections(texts, contacts), _end_notes(texts))  # notes on the organisation, or on the text
    notes = set(notes) | set(numbered_notes(texts) if page_notes is None else page_notes)  # (the notes a PDF's copy sets at its pages' feet)
    outlet = masthead(texts)
    sender = letterhead_passages(texts) if outlet == 0 else 0  # (a letterhead on two lines is two passages, its address one more)
    encyclopedic = any(_ENCYCLOPEDIA_MARK.search(t) for t in texts)
    # (the mail's own text ends at its signature or at the message it answers)
    mail_end = min(_mail_signature(texts), _original_message(texts))
    in_reply = False  # after a reply's "On … wrote:", quoted lines are the other message's
    listed_times: set[str] = set()  # the times of a live blog's key events listed so far
    signed = False  # the paragraph before is a line of a signature under a letter's closing
    for i, text in enumerate(texts):
        kind: Kind
        norm = fold(text) if len(text) <= _HEADING_MAX_CHARS else ""  # only heading-sized text can repeat a title
        in_link_list = in_link_list and _link_item(text, texts[i - 1], listed_times)
        in_apparatus = (in_apparatus and bool(len(text) <= _HEADING_MAX_CHARS or LIST_ITEM.match(text)
                                               or _APPARATUS_ENTRY.match(text))
                        or i > 0 and len(text) <= _HEADING_MAX_CHARS
                        and bool(_APPARATUS_HEAD.fullmatch(text.strip(_FURNITURE_MARKS + "#"))))
        head = text[:_REPLY_HEAD_MAX + 1].split("\n>", 1)[0]  # (the lines it quotes may follow it in one passage)
        replying = i > 0 and len(head) <= _REPLY_HEAD_MAX and bool(_REPLY_HEAD.fullmatch(head))
        in_reply = in_reply or replying
        # (the signature's lines one after another: the name under the closing, the role under it)
        signed = i > 0 and len(text.split()) <= _CLOSING_NAME_WORDS and "\n" not in text and bool(
            signed and _signature_line(text) or _CLOSING.fullmatch(texts[i - 1].strip())) and not text.rstrip().endswith(_SENTENCE_END)
        if in_author_box or in_link_list or in_apparatus or i >= ending or i in labels or i in facts or i in menus or i in notes or i in speaker_names or i in legal or i in checks or i in sources or i in credits or i in bios or i in contacts or i == outlet or i < sender or _furniture_head(texts, i) or (
                i >= mail_end or replying or signed or (in_reply and _quoted(text))) or (
                _hatnote_alone(text) and encyclopedic and (not body_seen or kinds[-1] == "heading")) or (
                _furniture(text) and i not in read_heads and i not in story_lines and not (
                    i == 0 and (titled_by(text) or i in headings or _in_title_place(norm, title)
                                and _read_also_spaced(text.strip(_FURNITURE_MARKS))))):
            # (or a marked heading, or a title in the title's place that opens on the words of a
            # link under "read also" and a capital: "Read More Books This Winter"; or a section's
            # heading in a title's case like the article's others: _read_also_heads)
            kind = "boilerplate"
            if not in_link_list and _LINK_LIST_HEAD.fullmatch(text.strip(_FURNITURE_MARKS)):
                in_link_list, listed_times = True, set()
            if _AUTHOR_BOX.fullmatch(text.strip(" :")):
                in_author_box = True
        elif i > 0 and norm and norm in seen_headings and content_seen:
            # the title or a heading repeated by the page template (not the title after the
            # furniture above the article: a breadcrumb trail, a share bar)
            kind = "boilerplate"
        elif i > last_body and body_seen and _signature(text, author):
            kind = "boilerplate"
        elif i > last_prose and body_seen and _JUDGE.fullmatch(text.strip(" \t.,")) and (
                judged := _judgment(texts, parties) if judged is None else judged):
            kind = "boilerplate"  # the judges who signed it, below what they found
        elif i > last_body and body_seen and kinds[-1] == "boilerplate" and _postal_address(text):
            kind = "boilerplate"  # the sender's address at the foot, below its sign-off and its links
        elif i > 0 and not body_seen and _about_author(text, author):
            kind = "boilerplate"
        elif running and i not in headings and (key := running_line(text)) in running and (
                i > 0 or key != " ".join(text.split()) or (title.strip() and norm != fold(title))):
            # (a heading the markup marks is the author's; the first line is the title, unless a
            # page number at its edge makes it a page's header, or the article's metadata names
            # another title: a PDF's, the corpus.toml's)
            kind = "boilerplate"
        elif (i in headings or _is_heading(text, i == 0, i == 0 and _in_title_place(norm, title))
              or _numbered_heading(texts, i)) and not (
                i > 0 and CUE_TIMING.fullmatch(texts[i - 1])) and i - 1 not in speaker_names and not opens_later_turn(
                text, surnames):
            # (a subtitle's cue is speech, and so is a turn under its speaker's name or after it, not a heading)
            kind = "heading"
            seen_headings.add(norm)
        elif i in pulled:
            kind = "boilerplate"  # a pull quote (a heading that quotes the article stays one)
        else:
            kind = "body"
        if i == 0 and kind != "boilerplate" and norm:
            seen_headings.add(norm)
        content_seen = content_seen or kind != "boilerplate"
        body_seen = body_seen or kind == "body"
        kinds.append(kind)
    return kinds
