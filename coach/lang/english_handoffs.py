"""English hand-offs kept apart from english_phrases.py: deflections, hand-offs, the rules
cited to refuse and the verbs of relying on someone (coach.scoring.roles, habits and aside read
them through Language). Collocations are matched with their function words as written."""

from __future__ import annotations

DEFLECTIONS = ("it's their responsibility", "their responsibility to fix", "in their queue",
    "it's with the engineers", "not my department", "not my problem", "not my responsibility",
    "someone else's problem", "somebody else's problem", "not my area",
    "pass it to my manager", "pass it on to my manager", "pass them to my manager",
    "pass it to the manager", "pass them on to the manager", "hand it to my manager",
    "let my manager deal with it", "let the manager deal with it",
    "let someone else deal with it", "let them deal with it", "let her deal with it",
    "let him deal with it", "a head office decision", "head office's decision",
    "leave it to my manager", "leave it to the manager", "leave it for my manager",
    "get my manager to deal with", "manager can deal with it",
    "ring head office", "call head office", "phone head office", "email head office",
    "contact head office", "go back to my till", "get back to my till",
    # the candidate back at their own work, the person left waiting for someone else
    "went back to serving", "go back to serving", "get back to serving", "back to serving the queue",
    "have to wait for the supervisor", "have to wait for a supervisor",
    "have to wait for the manager", "have to wait for a manager", "have to wait for my manager",
    "back to my work", "get on with my work", "nothing i can do",
    "tell them to complain", "tell them to call", "tell them to ring",
    "tell them to email", "tell them to go online", "not my job",
    "above my pay grade", "send them to customer services",
    "send them to customer service", "send them to head office",
    "refer them to head office", "tell them to phone", "direct them to the website",
    "pass them on to someone else", "pass it on to someone else",
    "get a supervisor to deal with", "their job", "his job", "her job",
    "someone else's job", "line's job", "team's job", "department's job",
    "manager's job", "not my call", "that's their call", "that's his call",
    "that's her call", "what they're there for", "what they're paid for",
    "what he's paid for", "what she's paid for",
    "told her where to go", "told him where to go", "tell them where to go",
    "told them where to go", "tell her where to go", "tell him where to go",
    "that's customer services", "that's customer service", "not done on the tills",
    "not something i can touch", "not a front desk thing", "on the other number",
    "his responsibility", "her responsibility", "their responsibility",
    "up to him to", "up to her to", "up to them to", "up to the manager",
    "up to my manager", "up to management", "up to head office",
    "out of my hands", "leave it to them", "leave that to them", "leave that to the",
    "leave it with them", "leave it with the", "leave that with", "takes over and",
    # a remote office as the one that handles it: "refunds go through head office"
    "go through head office", "goes through head office", "handled by head office",
    "dealt with by head office", "head office deals with", "head office handles",
    # another team's, or the person served left to do it: "that's for the online
    # team", "give them the link to resolve it themselves"
    "that's for the", "that's one for the", "resolve it themselves",
    "sort it themselves", "sort it out themselves", "fix it themselves",
    "solve it themselves", "sort it out himself", "sort it out herself",
    "go through customer services", "goes through customer services",
    "handled by customer services", "dealt with by customer services",
    # the person served sent on with another department's number: "I transferred her TO
    # ANOTHER DEPARTMENT", "I told him WHOSE DEPARTMENT IT WAS and gave him their extension"
    "to another department", "to a different department", "number for another department",
    "whose department it was", "which department to call", "number for head office",
    "head office's number", "gave him their extension", "gave her their extension",
    "pass it straight to the manager", "passed it straight to the manager",
    "pass it straight to my manager", "passed it straight to my manager")

HANDOFFS: tuple[str, ...] = ("pass it to", "pass it on to", "pass them to", "pass them on to",
    "hand it over to", "hand it to", "hand it on to", "hand them over to",
    "escalate it to", "refer it to", "forward it to", "transfer it to",
    "put them through to", "transfer them to", "log it in", "log it with",
    "log it on", "send them to", "send them over to", "send it to", "send it over to",
    "point them to", "point them towards", "direct them to", "redirect them to",
    "refer them to", "redirect it to",
    # escalating, with or without where to: "I'd escalate it straight away"
    "escalate it", "escalated it", "escalating it", "escalate to", "escalated to",
    "escalate complaints", "escalate the complaint",
    # a shift's hand-over: "I hand over to the next shift to follow up"
    "hand over to", "handed over to", "handing over to",
    # the customer given someone else's contact to do it: "I'd give them the customer services
    # email", "get them to fill in the online form"
    "give them the number", "give them the email", "give them the address",
    "give them the contact details", "get them to fill in", "ask them to fill in")
# ... and the same with the customer as "her" or "him" ("I transferred her to Dave"): context
# phrases are matched with their small words as written.
HANDOFFS += tuple(phrase.replace(" them ", f" {person} ") for phrase in HANDOFFS
                  if " them " in phrase for person in ("her", "him"))

# A rule cited to refuse (Language.refusals): "Check-in is 3pm, that's the policy".
REFUSALS = ("that's the policy", "that's our policy", "that's policy", "that's the hotel policy",
    "that's hotel policy", "that's company policy", "that's the company policy",
    "that is the policy", "that is our policy", "that is policy", "it's the policy",
    "it's our policy", "it's policy", "it's company policy", "it's hotel policy",
    "policy is policy", "rules are rules", "policies are there for a reason",
    "rules are there for a reason", "the rules are there for a reason",
    # the terms cited instead of an answer: "it's covered in the terms and conditions they
    # accepted" (not "I'd read the terms and conditions to check": that is looking)
    "it's in the terms and conditions", "it's all in the terms and conditions",
    "covered in the terms and conditions", "in the terms and conditions they accepted",
    "in the terms and conditions they agreed to", "the terms and conditions are clear",
    "the terms and conditions are pretty clear",
    "it's in the small print", "it's all in the small print")

# Verbs of expecting or relying on someone to do it (Language.expectation_verbs: "I expect THEM
# to call back", "I RELY ON the courier company to deliver quickly").
EXPECTATION_VERBS = frozenset(["expect", "expects", "expected", "expecting", "want", "wants", "wanted",
                               "rely", "relies", "relied", "relying", "depend", "depends", "depended",
                               "count", "counting"])
