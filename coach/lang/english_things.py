"""English things (Language.things), kept apart from english_phrases.py: a keyword said of one
of them is said of a thing, not of the service (coach.scoring.things)."""

from __future__ import annotations

THINGS = frozenset(["hose", "hoses", "nozzle", "cable", "cables", "charger", "battery",
    "machine", "machines", "printer", "printers", "screen", "screens", "menu",
    "menus", "button", "buttons", "app", "apps", "website", "software", "tracker", "trackers",
    "bot", "bots", "kiosks", "algorithm", "thermostat", "thermostats", "notification", "notifications", "portal",
    "template", "templates", "card", "cards", "form", "forms", "account",
    "accounts", "tariff", "mattress", "sofa", "fabric", "material", "strap",
    "lens", "laptop", "device", "devices", "router", "kettle", "boiler",
    "engine", "tyre", "tyres", "bike", "vacuum", "drill", "tool", "tools",
    "dashboard", "display", "monitor", "sensor", "sensors", "panel", "panels",
    "drawer", "sign", "signs", "label", "labels", "box", "boxes", "model",
    "treadmill", "belt", "dial", "clip", "clips", "setting", "settings",
    "folder", "folders", "kiosk", "feature", "features", "intranet", "wi",
    "wifi", "award", "awards", "trophy", "voucher", "vouchers", "poster",
    "posters", "banner", "receipt", "receipts", "bill", "bills", "invoice", "invoices", "crm",
    "tablet", "system",
    # a lift, a robot ("the lift in our building has a very courteous recorded voice")
    "lift", "lifts", "elevator", "elevators", "escalator", "robot", "robots", "photocopier",
    "photocopiers", "copier", "page", "pages", "webpage", "webpages",
    # events described ("the festival exceeded expectations", "the merger ended up as a compromise")
    # (not a conference: "his suit for a conference the next morning" is the guest's)
    "festival", "festivals", "merger", "mergers", "rebrand",
    # what is written about a place ("One review said the staff were lovely", "the flyer promised")
    "review", "reviews", "flyer", "flyers", "article", "articles", "newsletter", "newsletters",
    # a shop's results ("our sales figures exceeded expectations", "the communication budget
    # was cut", "the product training sessions moved"; not "results", a verb too: "this results
    # in congestion" cost the drafted networking packs, bench/draft_saf.py)
    "sales", "figures", "budget", "budgets", "session", "sessions",
    "systems", "scheme", "survey", "surveys", "checklist", "report", "models",
    "binder", "binders", "manual", "handbook", "leaflet", "leaflets", "catalogue",
    "catalogues", "catalog", "brochure", "brochures", "faq", "faqs",
    "car", "cars", "van", "vans", "scooter", "train", "trains", "ferry",
    "ferries", "tram", "trams", "taxi", "taxis", "password", "passwords", "glass",
    "plastic", "note", "notes", "wall", "walls", "whiteboard", "noticeboard", "board", "boards",
    "mug", "mugs", "badge", "badges", "sticker", "stickers",
    # what is sold, described ("a flexible membership you can freeze")
    "membership", "memberships", "subscription", "subscriptions",
    # a policy described ("our returns policy is really flexible"), not the candidate
    "policy", "policies",
    # the machines at a counter ("the till is very reliable", "the self-checkout responds
    # quickly"); "on the till" is still where the candidate works (Language.scene_work), and a
    # hotel's "late checkout" is a time, so no "checkout" here
    "till", "tills", "chatbot", "chatbots", "scanner", "scanners", "platform", "platforms",
    "terminal", "terminals", "headset", "headsets",
    # a course or a guide named after a keyword: "empathy training", "a step-by-step guide"
    "training", "workshop", "workshops", "guide", "guides", "route", "routes",
    # a trade described ("it's a pretty reliable industry"): the line of work, not the service;
    # and what the job gives the candidate ("the pay's better and the hours are more reliable")
    "industry", "sector", "trade", "pay", "wage", "wages", "hours",
    # signs, sheets and a company's words about itself ("the signage explains where things
    # are", "the company's motto is exceeding expectations"; not "video", which SAF's
    # networking answers use for what a network carries)
    "signage", "sheet", "sheets", "motto", "slogan", "slogans", "statement", "statements", "tagline", "layout", "layouts",
    "decor", "confirmation", "confirmations", "reviews",
    # a place's look ("the new shopfront is really welcoming"; not "atmosphere": "I create a
    # welcoming atmosphere for every customer" is the candidate's)
    "shopfront", "shopfronts", "interior", "lighting", "furniture",
    # a job advert's and a CV's words ("the advert says you want a problem solver who takes
    # ownership", "it's all on my CV"; not "advertisement": SAF's networking answers use it
    # for a router's, which cost its unseen-answer r 0.791 -> 0.790)
    "advert", "adverts", "cv", "cvs", "résumé", "wording",
    # what a series or a film gets: "a follow-up season", "a follow-up episode"
    "season", "episode", "episodes", "sequel", "guideline", "guidelines", "rulebook"])

# Documents about a job (Language.document_nouns): a quoted keyword in a sentence naming one is
# words written ("The job ad listed 'knowledge of hotel policies'"; not "review": a guest's
# review quoting the candidate's service).
DOCUMENT_NOUNS = frozenset(["advert", "adverts", "ad", "ads", "advertisement", "appraisal", "appraisals",
                            "handbook", "checklist", "checklists", "slides", "slide", "cv", "résumé",
                            "resume", "syllabus", "brochure", "leaflet", "manual", "description"])

# Nouns right before a quotation that make it words mentioned (Language.mention_nouns: "the WORD
# 'flexible'"), and verbs of printing after one (Language.print_verbs: "'…' was PRINTED on").
MENTION_NOUNS = frozenset(["word", "words", "phrase", "term", "slogan", "motto", "rule", "tagline",
                           "heading", "box", "line", "label"])
# A quotation that labels something (Language.label_nouns after it, stock_words before it,
# marking_verbs in its clause before it, marking_links right before it).
LABEL_NOUNS = frozenset(["template", "templates", "macro", "macros", "box", "checkbox", "button",
                         "status", "tag", "field", "sticker", "badge", "banner", "poster", "label",
                         "column", "dropdown", "script", "slogan", "category"])
STOCK_WORDS = frozenset(["standard", "stock", "canned", "generic", "automatic", "automated", "default",
                         "pre-written", "prewritten", "copy-paste", "template", "macro", "boilerplate"])
MARKING_VERBS = frozenset(["marked", "mark", "marks", "marking", "flagged", "tagged", "ticked",
                           "logged", "labelled", "labeled", "categorised", "categorized"])
PRINT_VERBS = frozenset(["printed", "written", "embroidered", "painted", "stitched", "engraved",
                         "emblazoned"])
