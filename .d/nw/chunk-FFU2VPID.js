import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/scaffold/starter-content.ts
var STARTER_AUDIENCES = {
  parents: { duration: 30, formats: ["deck", "handout"] },
  professionals: { duration: 30, formats: ["deck", "handout", "slides-pdf"] },
  webinar: { duration: 45, formats: ["deck", "notes", "slides-pdf"] },
  "pupils-14-18": {
    duration: 40,
    formats: ["deck", "lesson-plan"],
    extra: {
      objectives: [
        "To learn how to spot a message that is trying to trick you",
        "To learn simple ways to protect your accounts",
        "To learn what to do, and who can help, if an account is hacked"
      ],
      outcomes: [
        "I can name three signs of a scam message",
        "I can explain how two-step verification protects an account",
        "I can describe what to do if I think my account has been hacked"
      ]
    }
  },
  "pupils-11-13": {
    duration: 40,
    formats: ["deck", "lesson-plan"],
    extra: {
      objectives: [
        "To learn that some messages try to trick us",
        "To learn how to keep our accounts safe",
        "To learn that we can always tell a trusted adult"
      ],
      outcomes: [
        "I can spot two signs that a message might be a trick",
        "I can say why we never share a code that is sent to us",
        "I can name a trusted adult I could tell"
      ]
    }
  }
};
var DEFAULT_AUDIENCES = ["parents", "professionals", "webinar", "pupils-14-18", "pupils-11-13"];
var ADULTS = ["parents", "professionals", "webinar"];
var PUPILS = ["pupils-14-18", "pupils-11-13"];
var STARTER_BLOCKS = [
  {
    comment: [
      "The first slide: the module title, the audience and the organisation. Blocks appear in this order;",
      "`audiences` shows a block only to some audiences, and `minutes` can be one number or one per audience."
    ],
    minutes: { parents: 1, professionals: 1, webinar: 2, "pupils-14-18": 1, "pupils-11-13": 1 },
    head: { type: "title" },
    body: {
      notes: "Welcome everyone. Say who you are, and that this session is about keeping online accounts safe from scams."
    }
  },
  {
    comment: [
      "Lessons agree their ground rules first. A block with `id: ground-rules` replaces the standard ones, which",
      "are added for pupils when a module has none."
    ],
    audiences: PUPILS,
    minutes: { "pupils-14-18": 2, "pupils-11-13": 2 },
    head: { type: "tips", id: "ground-rules" },
    body: {
      title: "Our ground rules",
      intro: "Let's agree how we will work together today.",
      items: [
        "We listen to each other and let people finish.",
        "We talk about what was said, not who said it.",
        "No one has to share anything personal. Anyone can pass.",
        "If something worries you, talk to a trusted adult after the lesson."
      ]
    }
  },
  {
    comment: ["A list of what the session covers. `formats` limits a block to some outputs: here, not the handout."],
    minutes: { parents: 1, professionals: 1, webinar: 2, "pupils-14-18": 1, "pupils-11-13": 1 },
    head: {
      type: "agenda",
      formats: ["deck", "lesson-plan", "notes", "slides-pdf"]
    },
    body: {
      items: [
        "How to spot a scam message",
        "How to protect your accounts",
        "What to do if something goes wrong",
        {
          text: "How to talk about it with children",
          audiences: ["parents", "webinar"]
        },
        { text: "What staff should do", audiences: ["professionals", "webinar"] },
        "Where to get help"
      ],
      notes: "Read the list aloud, and say there will be time for questions at the end."
    }
  },
  {
    comment: [
      "An activity is what pupils do. A `baseline` shows what they know before; an `end-point` activity with",
      "`returns-to` goes back to it at the end, so they can see what they have learned."
    ],
    audiences: PUPILS,
    minutes: { "pupils-14-18": 4, "pupils-11-13": 4 },
    head: { type: "activity", id: "baseline", kind: "baseline" },
    body: {
      title: "What do you know already?",
      instructions: "On your own, write down anything that might make a message feel like a trick. There are no wrong answers.",
      support: "Give pupils two example messages to compare, one real and one a trick.",
      challenge: "Put your ideas in order, from the clearest sign to the hardest to spot."
    }
  },
  {
    comment: [
      "A definition gets a slide of its own, and `not-to-be-confused-with` a second one. Text is Markdown:",
      "**bold** and [links](https://example.org) work; scripts and images are removed."
    ],
    minutes: { parents: 3, professionals: 3, webinar: 4, "pupils-14-18": 4, "pupils-11-13": 4 },
    head: { type: "definition" },
    body: {
      term: "Phishing",
      text: "A message that pretends to come from someone you trust, to trick you into clicking a link, sharing a code or sending money.",
      points: [
        "It can come by email, text, phone call or a message in an app or game.",
        "It often looks like it comes from a bank, a delivery firm, a school or a friend."
      ],
      "not-to-be-confused-with": {
        term: "spam",
        text: "Spam is unwanted adverts. It is annoying, but it does not pretend to be someone else."
      },
      notes: "Ask who has had a message like this. Most people have. Scams are made to fool clever people, so being tricked says nothing bad about you."
    }
  },
  {
    comment: ['A `markdown` block reads a file from sections/: one slide per part, with speaker notes after "Note:".'],
    minutes: { parents: 6, professionals: 5, webinar: 8, "pupils-14-18": 7, "pupils-11-13": 7 },
    head: { type: "markdown", file: "sections/spotting-a-scam.md" },
    body: {},
    file: "sections/spotting-a-scam.md"
  },
  {
    comment: ["A quiz shows the statements first, then a slide with the answers and why."],
    audiences: PUPILS,
    minutes: { "pupils-14-18": 6, "pupils-11-13": 6 },
    head: { type: "activity", kind: "quiz" },
    body: {
      title: "Real or a trick?",
      instructions: "With a partner, decide whether each statement is true or false.",
      quiz: [
        {
          statement: "A real bank will never ask you for the code it texts you.",
          answer: true,
          explain: "The code is only for you. Anyone who asks for it is trying to get into your account."
        },
        {
          statement: "A message from a friend's account is always from your friend.",
          answer: false,
          explain: "Accounts can be hacked. If a friend asks for something odd, check with them another way."
        },
        {
          statement: "You will be in trouble if you tell an adult you clicked a link.",
          answer: false,
          explain: "It is never your fault when someone tricks you. Telling someone quickly helps fix it."
        }
      ]
    }
  },
  {
    comment: ["Tips: a list of things to do. An item can be plain text, or `{ text, detail, audiences }`."],
    minutes: { parents: 6, professionals: 5, webinar: 8, "pupils-14-18": 6, "pupils-11-13": 6 },
    head: { type: "tips" },
    body: {
      title: "Protect your accounts",
      items: [
        {
          text: "Use three random words for a strong password.",
          detail: "For example, pick three words you can picture but others would not guess."
        },
        "Use a different password for your email than for anything else.",
        {
          text: "Turn on two-step verification.",
          detail: "You type a code from your phone as well as your password, so a stolen password is not enough."
        },
        "Never share a code that is sent to you, with anyone.",
        {
          text: "Keep your phone and apps up to date.",
          audiences: ["parents", "professionals", "webinar", "pupils-14-18"]
        },
        {
          text: "Save your passwords in a password manager, or in your browser.",
          audiences: ["parents", "professionals", "webinar"]
        }
      ],
      notes: "The three random words advice comes from the National Cyber Security Centre. Two-step verification is the biggest single step anyone can take."
    }
  },
  {
    audiences: ADULTS,
    minutes: { parents: 5, professionals: 4, webinar: 7 },
    head: { type: "markdown", file: "sections/if-it-goes-wrong.md" },
    body: {},
    file: "sections/if-it-goes-wrong.md"
  },
  {
    comment: ["Pupils get their own version of the same advice, in their words."],
    audiences: PUPILS,
    minutes: { "pupils-14-18": 5, "pupils-11-13": 5 },
    head: { type: "markdown", file: "sections/if-it-goes-wrong-pupils.md" },
    body: {},
    file: "sections/if-it-goes-wrong-pupils.md"
  },
  {
    audiences: ["parents", "webinar"],
    minutes: { parents: 4, webinar: 5 },
    head: { type: "markdown", file: "sections/talking-with-children.md" },
    body: {},
    file: "sections/talking-with-children.md"
  },
  {
    comment: [
      "Staff audiences must see what to do and what never to do. `{{var safeguarding-lead}}` becomes the name of",
      `the role in the build's nation: "designated safeguarding lead (DSL)" in England.`
    ],
    audiences: ["professionals", "webinar"],
    minutes: { professionals: 5, webinar: 4 },
    head: { type: "dos-and-donts" },
    body: {
      title: "What staff should do",
      intro: "A hacked account can lead to threats or abuse. Treat it as a safeguarding concern.",
      do: [
        "Report it to your {{var safeguarding-lead}} straight away if a pupil is threatened or at risk.",
        "Listen, stay calm and tell the young person they did the right thing by telling you.",
        "Help them keep the evidence, such as usernames and screenshots of messages."
      ],
      dont: [
        "Never view, copy, print, share, store or save nude or semi-nude images of a child. This is illegal.",
        "Don't tell them off or ask why they clicked. It is never their fault."
      ],
      notes: "Follow your setting's own policy. If you are unsure whether something is a safeguarding concern, ask your {{var safeguarding-lead}}."
    }
  },
  {
    audiences: PUPILS,
    minutes: { "pupils-14-18": 2, "pupils-11-13": 2 },
    head: { type: "activity", kind: "end-point", "returns-to": "baseline" },
    body: {
      title: "Look again",
      instructions: "Go back to your list from the start. Add anything new in a different colour."
    }
  },
  {
    audiences: ADULTS,
    minutes: { parents: 3, professionals: 5, webinar: 4 },
    head: { type: "questions" },
    body: { text: "Ask anything. There are no silly questions.", notes: "Wait a little before the first question comes. Say you can talk to anyone on their own afterwards." }
  },
  {
    comment: [
      "Every audience ends with where to get help: the last signposting block is moved to the very end.",
      "Pupils see only the services in resources.yaml whose `ages` fit theirs."
    ],
    minutes: { parents: 1, professionals: 1, webinar: 1, "pupils-14-18": 2, "pupils-11-13": 2 },
    head: { type: "signposting" },
    body: {
      title: "Where to get help",
      intro: "You are not on your own. These services can help.",
      resources: ["trusted-adult", "childline", "suspicious-messages", "report-fraud", "police"],
      notes: "Leave this slide up while people leave. If anyone is worried about something that has happened, they can talk to you afterwards."
    }
  }
];
var STARTER_SECTIONS = {
  "sections/spotting-a-scam.md": `---
# Front matter, between the two --- lines, is optional: a title for the agenda and lesson plan, and
# minutes when module.yaml gives none. Below it, each part between lines of --- is one slide; a line
# "Note:" starts that slide's speaker notes. Figures and nation words work here as in module.yaml.
title: How to spot a scam message
---
## How to spot a scam message

- It says you must act **now**, or something bad will happen.
- It asks for a password, a code or your bank details.
- It offers a prize or a deal that seems too good to be true.
- The link or the sender's address looks a little odd.

Note:
Scam messages work by making people rush. Real organisations give you time, and they never ask for a password or a code by message.
Go through each sign and ask for an example. A message can show only one of these signs and still be a scam.

---

## Stop and check

- Don't click the link or reply.
- Check with the person or the company in another way, such as their own website or app.
- If a friend asks for something odd, call them or ask them face to face.

Note:
The safest habit is to stop and check in a different way. If the message was real, you lose nothing by checking.
`,
  "sections/if-it-goes-wrong.md": `---
# The title names this section in the agenda, the handout and the lesson plan. This file is shown to the
# adult audiences: module.yaml says who sees it, in the block that names this file.
title: If something goes wrong
---
## If something goes wrong

- Change the password from a device you trust, and turn on two-step verification.
- If money was taken, call your bank straight away.
- Report scam emails to report@phishing.gov.uk and scam texts to 7726.
- Report fraud and cyber crime to Report Fraud. In Scotland, call the police on 101.

Note:
Speed matters more than anything. Changing the password and telling the bank quickly can stop further harm.
Reporting helps take scam sites down, even when the message did not work.
`,
  "sections/if-it-goes-wrong-pupils.md": `---
# The pupils' version of the same advice. Slides for pupils must say it is never their fault, and a
# lesson sets no homework on this subject: \`workshopkit check\` looks for both.
title: If something goes wrong
---
## If something goes wrong

- Tell a trusted adult straight away. You will not be in trouble.
- With their help, change your password and turn on two-step verification.
- If someone threatens you, keep the messages and tell an adult.
- It is never your fault when someone tricks you.

Note:
Make it clear that pupils will not be in trouble for clicking a link or sharing a code. The person who tricked them is the one who did wrong.
Remind pupils who they can talk to in school.
`,
  "sections/talking-with-children.md": `---
# Keep slides short: a heading and a few points. What the presenter says goes after "Note:", which is
# printed in the presenter script and shown in the speaker view (press S in the deck).
title: Talking with children about scams
---
## Talking with children about scams

- Talk about scams little and often, not just once.
- Share messages that nearly tricked you, so they know it happens to everyone.
- Agree they can always come to you, and that they will not lose their phone for it.
- Set up two-step verification on their accounts together.

Note:
Children are less likely to tell an adult if they fear losing their phone or games. Say clearly that telling you will never get them into trouble.
`
};
var STARTER_STATS = `# yaml-language-server: $schema=../../schemas/stats.schema.json
# Every figure the module may show, with what it counts and where it comes from. Text uses a figure as
# {{stat id}}, with its source and year printed beside it, and a change between two figures of one
# series as {{change older-id newer-id}}: the tool works it out, so it is never typed by hand.
#
# This module shows no figures yet. To add one, copy the keys below into a list item under "figures:",
# fill them from the source, and set "status: verified" only once you have checked it at the source:
#
#   - id: a-short-id              # lower-case letters, digits and hyphens
#     value: 1234                 # the number as published
#     unit: count                 # count | percent
#     label: what it counts, as a noun phrase without a year
#     measure: reports            # reports | confirmed reports | cases | victims | contacts | requests | ...
#     year: 2025                  # the year the figure is for
#     geography: UK
#     publisher: who published it
#     series: a-series-id         # figures of one publisher and one measure share a series
#     source: the title of the page or report
#     url: https://...            # the page the figure is on
#     status: verified            # verified | unverified | draft: only verified figures may be shown
figures: []
`;
var STARTER_RESOURCES = `# yaml-language-server: $schema=../../schemas/resources.schema.json
# Where to get help. A signposting block lists these by id. \`ages\` is who may use a service (max is
# inclusive): pupils see only services whose ages fit theirs. No \`ages\` means anyone can use it.
# Check each service's details on its own website before a session, then add "checked: YYYY-MM-DD".
resources:
  - id: trusted-adult
    name: A trusted adult
    what: Someone you trust, at home or at school, such as a parent or carer, a teacher or a youth worker.
    who: Any child or young person
    ages: { min: 0, max: 18 }
    region: Everywhere
    next: Tell them what happened, in your own words. You will not be in trouble. They will help you put it right.

  - id: childline
    name: Childline
    what: Free, confidential support from a counsellor by phone or online chat, about anything.
    who: Children and young people under 19
    ages: { min: 0, max: 18 }
    region: UK
    url: https://www.childline.org.uk/
    phone: 0800 1111
    hours: Any time
    anonymous: true
    source: https://www.childline.org.uk/get-support/

  - id: suspicious-messages
    name: Report a scam message
    what: Forward scam emails to report@phishing.gov.uk and scam texts to 7726. It is free, and it helps take scam websites down.
    who: Anyone in the UK
    region: UK
    url: https://www.ncsc.gov.uk/collection/phishing-scams
    source: https://www.ncsc.gov.uk/collection/phishing-scams

  - id: report-fraud
    name: Report Fraud
    what: The national service for reporting fraud and cyber crime, online or by phone.
    who: Anyone in England, Wales or Northern Ireland who has lost money or been hacked
    region: England, Wales and Northern Ireland
    url: https://www.reportfraud.police.uk/
    phone: 0300 123 2040
    hours: Monday to Friday, 8am to 8pm
    source: https://www.reportfraud.police.uk/

  - id: police
    name: Police
    what: Call 999 if someone is in danger now. Otherwise call 101. In Scotland, report fraud and cyber crime on 101.
    who: Anyone
    region: UK
    phone: 999 or 101
    hours: Any time
`;

export {
  STARTER_AUDIENCES,
  DEFAULT_AUDIENCES,
  STARTER_BLOCKS,
  STARTER_SECTIONS,
  STARTER_STATS,
  STARTER_RESOURCES
};
