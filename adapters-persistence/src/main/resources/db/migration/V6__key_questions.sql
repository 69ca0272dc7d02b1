-- The programme's key questions: what people most often ask about Better Care Together, each with a plain-text
-- answer (paragraphs separated by a blank line), in the order staff keep them. The checks mirror the domain's rules
-- and are never stricter, so a refused row names the one rule it broke. The first questions are loaded here, once:
-- like the themes and professions, they are the staff's to change afterwards, and a later start never puts back
-- what staff have reworded or removed.

create table key_question (
    id         uuid        not null,
    position   integer     not null,
    question   text        not null,
    answer     text        not null,
    changed_at timestamptz not null,
    version    bigint      not null,
    constraint key_question_pkey primary key (id),
    -- Checked at commit, so that moving a question or closing the gap a removed one leaves, one row at a time in a
    -- transaction, may pass through a tie on the way.
    constraint key_question_position_key unique (position) deferrable initially deferred,
    constraint key_question_position_positive check (position > 0),
    constraint key_question_question_text check (btrim(question) <> '' and char_length(question) <= 200),
    constraint key_question_answer_text check (btrim(answer) <> '' and char_length(answer) <= 4000),
    constraint key_question_version_not_negative check (version >= 0)
);

comment on table key_question is 'One of the programme''s key questions and its answer, in the order the public reads them.';
comment on column key_question.position is 'Its place in the list: 1 is first; unique once committed, with no gaps.';
comment on column key_question.answer is 'Plain text; a blank line separates paragraphs.';
comment on column key_question.changed_at is 'When it was added, reworded or moved.';
comment on column key_question.version is 'Optimistic lock: incremented on every update.';

insert into key_question (id, position, question, answer, changed_at, version) values
    ('c1d5b0a2-3f4e-4b7a-9a61-0d2f5e8b1a01', 1, 'What is Better Care Together?',
$$Better Care Together is the programme through which the health and care organisations of Morecambe Bay plan and provide care as one system rather than separately. It was one of the national "vanguard" sites for new models of care, and it serves about 365,000 people across a wide area with some real deprivation and unequal health.

Its aim is to help the communities of Morecambe Bay be as healthy as they can be. The programme describes this as a triple aim: better health for the whole population, better quality services, and care that costs less to provide, delivered by staff who enjoy their work.

In practice that means care of the same good standard wherever you live, given as close to home as possible, with hospitals kept for the specialist and emergency treatment that only a hospital can offer.$$,
     now(), 1),
    ('c1d5b0a2-3f4e-4b7a-9a61-0d2f5e8b1a02', 2, 'Which organisations are involved?',
$$Ten organisations are partners in the programme: University Hospitals of Morecambe Bay NHS Foundation Trust; Cumbria Partnership NHS Foundation Trust; North West Ambulance Service; Blackpool Teaching Hospitals NHS Foundation Trust; Lancashire Care NHS Foundation Trust; Lancashire County Council; Cumbria County Council; NHS Lancashire North Clinical Commissioning Group; North Lancashire Medical Services; and South Cumbria Primary Care Collaborative.

Between them they run the local hospitals, community and mental health services and the ambulance service, provide social care through the two county councils, plan and pay for local NHS services, and bring GP practices together. Each partner has its own page, listed at /partners.$$,
     now(), 1),
    ('c1d5b0a2-3f4e-4b7a-9a61-0d2f5e8b1a03', 3, 'What is an Integrated Care Community?',
$$An Integrated Care Community (ICC) is a local area served by one joined-up team of health and care professionals, such as community nurses, GPs, social workers and therapists, who plan care together around the people they look after instead of each organisation working on its own.

There are twelve ICCs across Morecambe Bay, grouped into three clinical networks so that professionals can work together across a wider area. Standards of care are the same everywhere, but each ICC chooses its own local priorities: what matters most to people in Kendal is not the same as what matters most in Barrow-in-Furness.

The ICCs have developed at different speeds. To find yours by town or postcode, use the search on the home page, or see them all at /communities.$$,
     now(), 1),
    ('c1d5b0a2-3f4e-4b7a-9a61-0d2f5e8b1a04', 4, 'What is the service review looking at?',
$$Alongside the work of the ICCs, clinicians are reviewing three large services, each as a workstream of its own: Women's and Children's Services; Elective Care, meaning planned treatment such as operations booked in advance; and Out of Hospital care.

For each one they are asking how and where care is best given: in hospital, in the community, at GP surgeries or in people's own homes. The aim is for services to keep pace with medical advances, an ageing population and more people living with long-term conditions, and to stay safe and affordable within the money available.

It does not simply mean cutting services. Some care that once needed a trip to hospital can now be given closer to home. Details of each workstream are at /workstreams.$$,
     now(), 1),
    ('c1d5b0a2-3f4e-4b7a-9a61-0d2f5e8b1a05', 5, 'How can I share my view, and what happens to it?',
$$Anyone can share a view, without an account, using the form at /share-your-view. It can be about your local ICC, one of the review's workstreams, a public meeting or the programme as a whole. Views that arrive on paper, by letter, by phone or at a meeting are entered by staff in the same way.

A moderator reads every view before anything is published. A view appears on this site only if you agreed to that, and never with your name, contact details or anything else that could identify you.

When you share a view you are given a reference number and a private link. Keep the link: it shows where your view has got to, and the answer once one of the partner organisations has replied. If you gave an email address and asked to hear back, we will also email you.

Not every request can be met, because people want different things and some ideas are not practical or affordable. But your views are taken into account, and the changes they led to are listed, with the views behind them, under "You said, we did" at /you-said-we-did.$$,
     now(), 1),
    ('c1d5b0a2-3f4e-4b7a-9a61-0d2f5e8b1a06', 6, 'How can I come to a public meeting?',
$$ICCs and the review's workstreams hold public meetings where you can hear about plans and have your say. Coming meetings are listed at /meetings, each with its venue and access information.

You can register for a place without an account. If a meeting is full you can join its waiting list, and we will email you if a place comes free. When you register you get a private link you can use to cancel, so that your place can go to someone else if you can no longer come.$$,
     now(), 1),
    ('c1d5b0a2-3f4e-4b7a-9a61-0d2f5e8b1a07', 7, 'How is my personal information used?',
$$We only ask for personal details when we need them: an email address if you want to hear what happened to your view, for example, or your name and any access needs when you register for a meeting. Giving contact details with a view is always optional.

Your details are seen only by the staff who deal with your view or run the meeting, and they never appear on a public page. You can ask for them to be removed; the view itself can be kept without them.

The privacy notice at /privacy explains what we keep, why we keep it and what your rights are.$$,
     now(), 1),
    ('c1d5b0a2-3f4e-4b7a-9a61-0d2f5e8b1a08', 8, 'How do I get in touch?',
$$If you have a question or a concern about Better Care Together that is not answered here, the contact page at /contact explains how to reach the programme: through this website, at its public meetings, or through any of its partner organisations.

This site cannot give medical advice. If you need medical help, contact your GP practice or call NHS 111. In an emergency, call 999.$$,
     now(), 1);
