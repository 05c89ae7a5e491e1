"""Demo articles for `manage.py load_demo`: written for this project, neutral in tone.

All texts below are original demo content. People are referred to only by their
role ("the Ambassador", "a spokesperson"); magazines, schools and companies
mentioned are imaginary. Links point to gov.uk, mid.ru or example.org only.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Speeches, interviews, articles
    # ------------------------------------------------------------------
    {
        "slug": "ambassadors-address-at-the-russia-day-reception",
        "title": "Ambassador's address at the Russia Day reception",
        "category": "speeches-interviews-articles",
        "days_ago": 12,
        "time": "19:30",
        "lead": (
            "The Ambassador welcomed guests from the diplomatic corps, universities, "
            "business and the Russian-speaking community to the Embassy's annual Russia Day "
            "reception and spoke about the lasting value of contacts between people."
        ),
        "body": """<p>On the occasion of Russia Day, the Embassy hosted its annual reception at 6/7 Kensington Palace Gardens. Guests included members of the diplomatic corps, representatives of universities, museums and companies, and many members of the Russian-speaking community living in the United Kingdom.</p>
<p>Opening the evening, the Ambassador thanked those present for their attendance and noted that the holiday is an occasion to reflect on the country's long history, its cultural diversity and the many peoples who together make up its society.</p>
<h2>People-to-people contacts</h2>
<p>The Ambassador observed that the links between ordinary people remain of lasting importance. The address mentioned the work of teachers of the Russian language, translators, orchestras and theatre companies, and of the many families whose lives span both countries.</p>
<blockquote><p>Cultural and human ties are built slowly, over generations. They deserve patience, care and respect from all of us.</p></blockquote>
<h2>The work of the Embassy</h2>
<p>The Ambassador also thanked the staff of the consular section, who over the past year have helped thousands of citizens with passports, certificates and notarial documents, and the volunteers who support the Embassy's cultural and commemorative programme throughout the year.</p>
<p>The evening concluded with a short programme of chamber music by Russian composers, performed by students of a London conservatoire, followed by a traditional buffet.</p>""",
        "pinned": True,
        "scheduled": False,
    },
    {
        "slug": "ambassadors-interview-to-cultural-bridges-quarterly",
        "title": "Ambassador's interview to Cultural Bridges Quarterly",
        "category": "speeches-interviews-articles",
        "days_ago": 25,
        "time": "11:00",
        "lead": (
            "In an interview to the magazine Cultural Bridges Quarterly, the Ambassador "
            "spoke about exhibitions, literature in translation, music exchanges and the "
            "role of the Russian-speaking community in the cultural life of London."
        ),
        "body": """<p><em>The following interview was given to the magazine Cultural Bridges Quarterly. The text has been lightly edited for length.</em></p>
<p><strong>Question:</strong> How would you describe cultural ties between our two countries today?<br><strong>Answer:</strong> They are older and deeper than any single period of relations. British readers grew up with Russian novels, and Russian audiences know Shakespeare and Dickens almost as well as their own classics. Ballet, music and the visual arts have travelled in both directions for more than two centuries. That heritage does not disappear; it is something we can always return to.</p>
<p><strong>Question:</strong> Which projects does the Embassy support at the moment?<br><strong>Answer:</strong> Our work is modest but steady. We host small exhibitions and chamber concerts, we support Russian language teachers and Saturday schools, and we organise film screenings with subtitles so that everyone can take part. We also help researchers and archivists who are looking for documents on shared history.</p>
<h2>Translation and literature</h2>
<p><strong>Question:</strong> Is there still interest in Russian literature among British readers?<br><strong>Answer:</strong> Very much so. Every year new translations appear, not only of the classics but of contemporary authors, poets and children's writers. Translators are the quiet heroes of cultural exchange, and I am always glad to meet them.</p>
<p><strong>Question:</strong> What would you say to a young person who wants to learn Russian?<br><strong>Answer:</strong> Start with songs and films, then read a short story a week. The grammar will follow. A language opens the door not to a state but to people, and that is worth the effort.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "ambassadors-remarks-at-the-arctic-convoys-commemoration",
        "title": "Ambassador's remarks at the Arctic convoys commemoration",
        "category": "speeches-interviews-articles",
        "days_ago": 305,
        "time": "12:15",
        "lead": (
            "At a commemoration for the Arctic convoys of the Second World War, the "
            "Ambassador paid tribute to the sailors and merchant seamen who delivered "
            "supplies to the northern ports and thanked the families of veterans for "
            "keeping their memory alive."
        ),
        "body": """<p>Representatives of the Embassy took part in a ceremony in London commemorating the Arctic convoys, which between 1941 and 1945 carried vital supplies to the ports of Murmansk and Arkhangelsk. Relatives of convoy veterans, naval associations, historians and members of the public attended.</p>
<p>In brief remarks, the Ambassador recalled the extreme conditions faced by the crews: ice, storms, darkness for much of the winter and constant danger from the air and from beneath the sea. Many ships and many lives were lost.</p>
<blockquote><p>The convoys remind us that, at a decisive moment, our peoples stood side by side. The courage of these sailors belongs to our common history, and we are obliged to remember it.</p></blockquote>
<h2>Keeping the memory alive</h2>
<p>The Ambassador thanked the families and associations who gather testimonies, letters and photographs, and the schools that invite speakers to tell pupils about the convoys. Over the years, commemorative medals have been presented to surviving British veterans on behalf of the Russian Federation in recognition of their service.</p>
<p>After a minute's silence, wreaths were laid on behalf of the Embassy and of the participating organisations. The ceremony ended with the playing of the Last Post and a reading of the names of ships lost on the northern route.</p>
<p>Relatives of convoy veterans who would like to share archive materials with the Embassy are welcome to write to <a href="mailto:culture@example.org">culture@example.org</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "ambassadors-speech-on-russian-language-day",
        "title": "Ambassador's speech on Russian Language Day",
        "category": "speeches-interviews-articles",
        "days_ago": 18,
        "time": "16:00",
        "lead": (
            "Marking Russian Language Day, the Ambassador addressed teachers, students and "
            "parents from Saturday schools across the United Kingdom and presented "
            "certificates to the winners of a poetry recitation competition."
        ),
        "body": """<p>Russian Language Day is celebrated each year on the birthday of the poet Alexander Pushkin. To mark the occasion, the Embassy welcomed teachers, pupils and parents from supplementary schools in London, Manchester, Edinburgh and other cities.</p>
<p>In a short speech, the Ambassador thanked teachers for their dedication, noting that many of them work on Saturdays and in the evenings, often as volunteers, so that children growing up in the United Kingdom can read, write and think in two languages.</p>
<h2>A language shared by many</h2>
<p>The Ambassador reminded the audience that Russian is spoken by people of many nationalities and faiths, and is one of the six official languages of the United Nations. Knowledge of the language, the speech continued, is a gift that parents pass on to their children and that children can one day pass on to their own.</p>
<h3>Poetry recitation competition</h3>
<p>The programme included the final of a recitation competition in three age groups. Young participants read verses by Pushkin, Lermontov, Tsvetaeva and contemporary children's poets. The jury, made up of teachers and a professional actor, praised the high standard of the entries.</p>
<ul>
<li>Junior group (7 to 10 years): 14 participants</li>
<li>Middle group (11 to 14 years): 11 participants</li>
<li>Senior group (15 to 18 years): 9 participants</li>
</ul>
<p>All participants received books donated by publishers, and the winners were presented with certificates by the Ambassador.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "article-by-the-ambassador-on-academic-and-scientific-cooperation",
        "title": "Article by the Ambassador on academic and scientific cooperation",
        "category": "speeches-interviews-articles",
        "days_ago": 210,
        "time": "09:45",
        "lead": (
            "In an article written for a university alumni newsletter, the Ambassador "
            "reflects on the long tradition of academic exchange and on the scientific "
            "questions, from polar research to public health, that no country can answer alone."
        ),
        "body": """<p><em>The following article by the Ambassador was written for the alumni newsletter of a British university.</em></p>
<p>Scientists were corresponding across borders long before diplomats learnt to do so efficiently. Letters between naturalists, mathematicians and physicians travelled between St Petersburg, Edinburgh and London in the eighteenth century, and many of the great discoveries of the modern age rest on that quiet habit of sharing results.</p>
<h2>Questions without borders</h2>
<p>Some of the most pressing questions of our time cannot be answered by one country alone. The changing climate of the Arctic, the health of the oceans, the spread of infectious diseases and the preservation of cultural heritage all require data, observations and expertise from many places.</p>
<p>Russian and British researchers have a long record of working together in these fields, from polar expeditions to joint publications in astronomy and medicine. Many of today's senior professors studied or taught for a time in the other country, and remember it with warmth.</p>
<h2>The role of students</h2>
<p>Students remain the best ambassadors of all. A semester abroad, a summer school or a shared laboratory project leaves friendships that last for decades. The Embassy is always glad to provide information about study opportunities in Russia, including the annual government scholarship programme, details of which are published at <a href="https://example.org/study-in-russia">example.org/study-in-russia</a>.</p>
<p>Science is by its nature a conversation. It is in everyone's interest that this conversation continues.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "ambassadors-remarks-at-a-business-round-table",
        "title": "Ambassador's remarks at a business round table",
        "category": "speeches-interviews-articles",
        "days_ago": 404,
        "time": "14:30",
        "lead": (
            "Speaking at a round table for companies and trade associations, the Ambassador "
            "outlined the Embassy's information services for businesses and answered "
            "questions about trade fairs, documentation and visa procedures for business travellers."
        ),
        "body": """<p>The Ambassador took part in a round table organised by a trade association for small and medium-sized companies with an interest in the Russian market. Participants represented the food, engineering, design and education sectors.</p>
<p>In opening remarks, the Ambassador said that the Embassy's role is to provide accurate information and practical assistance, so that companies can take their own decisions on the basis of clear facts and in full compliance with the laws of both countries.</p>
<h2>Practical matters</h2>
<p>Much of the discussion was devoted to practical questions:</p>
<ul>
<li>how to obtain information on international trade fairs and exhibitions held in Russia;</li>
<li>the procedure for legalisation and apostille of commercial documents;</li>
<li>business visa applications and the documents required from inviting organisations;</li>
<li>certification requirements for certain categories of goods.</li>
</ul>
<p>Representatives of the Trade Representation explained where official information on customs and technical regulations can be found, and reminded participants that guidance on UK export rules is published at <a href="https://www.gov.uk/starting-to-export">gov.uk</a>.</p>
<h2>Continuing the dialogue</h2>
<p>Summing up, the Ambassador thanked the organisers and noted that regular, well-informed contacts between business communities help to avoid misunderstandings. Companies with questions can write to <a href="mailto:trade@example.org">trade@example.org</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "ambassadors-new-year-message-to-compatriots",
        "title": "Ambassador's New Year message to compatriots",
        "category": "speeches-interviews-articles",
        "days_ago": 541,
        "time": "18:00",
        "lead": (
            "In a New Year message to compatriots living in the United Kingdom, the "
            "Ambassador thanked community organisations, teachers and volunteers for their "
            "work over the past year and wished everyone good health and happiness."
        ),
        "body": """<p>Dear compatriots, dear friends,</p>
<p>As the year draws to a close, I would like to thank all of you who live, work and study in the United Kingdom and who keep alive the language, traditions and culture of our country far from home.</p>
<p>This year, the Embassy has been able to welcome many of you to concerts, exhibitions, film evenings and children's celebrations. I am grateful to the community associations, Saturday schools, choirs and dance groups that have made these events possible, often through the efforts of volunteers who give their free time generously.</p>
<h2>Our consular work</h2>
<p>I also wish to thank you for your patience with consular procedures. Our colleagues in the consular section have worked hard to reduce waiting times, and we will continue to improve our online appointment system in the coming year. Please remember to check the validity of your passports well in advance of any travel.</p>
<h2>Looking ahead</h2>
<p>The New Year is a family holiday, a time for fir trees, tangerines and long conversations around the table. Wherever you celebrate it, whether in London or in Aberdeen, in Cardiff or in Belfast, I wish you and your loved ones good health, peace and every success.</p>
<p>Happy New Year and Merry Christmas!</p>
<p><em>The Ambassador of the Russian Federation to the United Kingdom</em></p>""",
        "pinned": False,
        "scheduled": False,
    },
    # ------------------------------------------------------------------
    # Statements
    # ------------------------------------------------------------------
    {
        "slug": "statement-on-consular-access-to-detained-citizens",
        "title": "Statement on consular access to detained citizens",
        "category": "statements",
        "days_ago": 5,
        "time": "15:20",
        "lead": (
            "The Embassy reaffirms its commitment to providing consular assistance to Russian "
            "citizens in detention and recalls the notification and access obligations set out "
            "in the Vienna Convention on Consular Relations."
        ),
        "body": """<p>The Embassy regularly receives enquiries from relatives of Russian citizens who have been detained in the United Kingdom. We consider it important to set out how consular assistance works in such cases.</p>
<h2>International obligations</h2>
<p>Under Article 36 of the Vienna Convention on Consular Relations of 1963, a detained foreign national must be informed without delay of the right to have the consular post of the sending state notified. Consular officers have the right to visit, converse and correspond with the detained person and to arrange for legal representation.</p>
<p>The Embassy values its working contacts with the relevant UK authorities on these matters and expects that notifications will continue to be made promptly and that requests for consular visits will be considered in good time.</p>
<h2>What the Embassy can and cannot do</h2>
<ul>
<li>The Embassy can visit detained citizens, provide a list of local lawyers and interpreters, and keep in contact with families where the person concerned agrees.</li>
<li>The Embassy cannot interfere in judicial proceedings, pay legal fees or fines, or secure release from custody.</li>
</ul>
<p>Relatives who believe that a Russian citizen has been detained are asked to contact the consular section on <strong>+44 (0) 203 668 7474</strong> or at <a href="mailto:consular@example.org">consular@example.org</a>, providing the person's full name and date of birth.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "statement-on-visa-processing-times",
        "title": "Statement on visa processing times",
        "category": "statements",
        "days_ago": 33,
        "time": "10:05",
        "lead": (
            "The Embassy notes the increased number of visa applications ahead of the summer "
            "season and sets out current processing times, the documents most often missing "
            "from applications and advice on planning travel in good time."
        ),
        "body": """<p>In recent weeks the Embassy has received a considerably higher number of visa applications than usual, reflecting the seasonal interest in travel for tourism, study and family visits.</p>
<p>We wish to assure applicants that every application is considered carefully and in accordance with the established procedure. Standard processing currently takes up to ten working days from the date on which a complete application is received. Urgent processing is available in certain categories.</p>
<h2>Common reasons for delay</h2>
<p>Delays most often arise when applications are incomplete. Applicants are asked to check that they have provided:</p>
<ol>
<li>a correctly completed online application form, printed and signed;</li>
<li>a passport valid for at least six months after the end of the intended stay, with two blank pages;</li>
<li>a recent passport-sized photograph meeting the published requirements;</li>
<li>the original invitation or confirmation of accommodation, where applicable;</li>
<li>evidence of medical insurance valid for the whole period of stay.</li>
</ol>
<h2>Plan ahead</h2>
<p>The Embassy recommends submitting applications at least one month before the planned date of travel. Up-to-date requirements are published at <a href="https://example.org/consular/visas">example.org/consular/visas</a>. Applicants travelling from the UK are also advised to consult the foreign travel advice published at <a href="https://www.gov.uk/foreign-travel-advice">gov.uk</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "statement-on-the-accreditation-of-journalists",
        "title": "Statement on the accreditation of journalists",
        "category": "statements",
        "days_ago": 141,
        "time": "13:40",
        "lead": (
            "The Embassy recalls the importance of predictable and transparent procedures for "
            "the accreditation of foreign correspondents and reaffirms its readiness to assist "
            "British journalists applying to work in Russia."
        ),
        "body": """<p>The Embassy has received a number of questions about the accreditation of journalists and the issuing of journalist visas. We consider it useful to set out our position.</p>
<p>Free access to information and the ability of correspondents to work in a host country are important elements of mutual understanding between societies. The Embassy believes that procedures for the accreditation of foreign media representatives should be clear, predictable and applied on the basis of reciprocity.</p>
<h2>Procedure for British journalists</h2>
<p>Journalists from the United Kingdom who intend to work in Russia, whether on a long-term posting or on a short reporting trip, should first apply for accreditation through the Press Centre of the Ministry of Foreign Affairs. Information on the procedure is available at <a href="https://mid.ru/en/press_service/">mid.ru</a>. Once accreditation has been confirmed, the journalist visa application may be submitted to the consular section.</p>
<p>The Embassy's press office is ready to advise on the documents required and on processing times. Enquiries may be sent to <a href="mailto:press@example.org">press@example.org</a>.</p>
<h2>Russian correspondents in the United Kingdom</h2>
<p>The Embassy also continues to follow closely the situation of Russian correspondents working in the United Kingdom and raises practical questions relating to their visas and accreditation with the relevant authorities through the appropriate channels.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "statement-on-the-safety-of-citizens-travelling-abroad",
        "title": "Statement on the safety of citizens travelling abroad",
        "category": "statements",
        "days_ago": 298,
        "time": "11:25",
        "lead": (
            "Ahead of the holiday season, the Embassy reminds Russian citizens resident in the "
            "United Kingdom of simple precautions when travelling abroad and explains how to "
            "seek consular help in an emergency."
        ),
        "body": """<p>With the holiday season approaching, many Russian citizens living in the United Kingdom are planning trips abroad. The Embassy wishes everyone a safe journey and recalls a number of simple precautions.</p>
<h2>Before you travel</h2>
<ul>
<li>Check that your passport is valid for the whole period required by the country you are visiting, and that you hold any necessary visas.</li>
<li>If you hold a UK residence document, make sure it remains valid for your return.</li>
<li>Take out comprehensive travel and medical insurance.</li>
<li>Keep copies of your documents separately from the originals, including electronic copies.</li>
<li>Let relatives know your itinerary and contact details.</li>
</ul>
<h2>In an emergency</h2>
<p>If you lose your passport, are the victim of a crime or face a serious medical emergency abroad, contact the nearest Russian embassy or consulate in the country where you are. Contact details for all Russian diplomatic missions are published on the website of the Ministry of Foreign Affairs at <a href="https://mid.ru/en/">mid.ru</a>.</p>
<p>Citizens in the United Kingdom who need urgent consular assistance may call the consular section on <strong>+44 (0) 203 668 7474</strong>. Outside working hours, a duty officer can be reached on the same number for genuine emergencies only.</p>
<p>The Embassy thanks citizens for their attention and wishes everyone a pleasant holiday.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "statement-on-the-care-of-war-memorials",
        "title": "Statement on the care of war memorials and graves",
        "category": "statements",
        "days_ago": 703,
        "time": "10:50",
        "lead": (
            "The Embassy expresses its gratitude to local councils, churches and volunteers who "
            "look after the graves and memorials of Soviet servicemen and civilians in the United "
            "Kingdom, and invites information about sites in need of care."
        ),
        "body": """<p>Across the United Kingdom there are graves and memorials of Soviet and Russian servicemen, sailors and civilians, many of whom died during the two World Wars. Some lie in large municipal cemeteries, others in small churchyards far from the places where they were born.</p>
<p>The Embassy considers the preservation of these sites a shared moral duty. We are sincerely grateful to the local authorities, parish councils, churches, war graves organisations and individual volunteers who care for them, often without any public recognition.</p>
<h2>Working together</h2>
<p>In accordance with international practice, the Embassy maintains a register of such burial places and, where appropriate, contributes to their restoration in cooperation with the owners of the land and local communities. In recent years, several headstones have been cleaned and re-lettered and new information boards installed.</p>
<h2>How you can help</h2>
<p>The Embassy would be grateful to receive information about graves or memorials that are not yet known to us or that are in need of repair. Please send a short description of the site, its location and, if possible, photographs to <a href="mailto:memorials@example.org">memorials@example.org</a>.</p>
<p>Researchers and family members searching for the burial places of relatives may also find useful information in the online archives listed at <a href="https://example.org/memory/archives">example.org/memory/archives</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    # ------------------------------------------------------------------
    # Comments
    # ------------------------------------------------------------------
    {
        "slug": "spokespersons-comment-on-reports-of-visa-delays",
        "title": "Spokesperson's comment on reports of visa delays",
        "category": "comments",
        "days_ago": 9,
        "time": "17:10",
        "lead": (
            "An Embassy spokesperson answered a media question about reports that visa "
            "applicants have experienced delays in obtaining appointments, and explained the "
            "steps being taken to release additional appointment slots."
        ),
        "body": """<p><strong>Question:</strong> Some media reports suggest that applicants are having difficulty booking visa appointments. Could you comment?</p>
<p><strong>Spokesperson:</strong> We are aware of these reports and we understand the frustration of people who have had to wait. Demand for appointments has increased noticeably this season, particularly for short tourist trips and family visits.</p>
<p>The consular section has taken several practical steps. Additional appointment slots are released every weekday morning, and on a number of Saturdays the section will be open for the submission of applications only. We have also simplified the online booking form and added clearer guidance on the documents required, so that fewer applicants need to return with missing papers.</p>
<p>We would ask applicants not to use unofficial intermediaries offering to secure appointments for a fee. Appointments at the consular section are free of charge, and bookings made through third parties may be cancelled.</p>
<p><strong>Question:</strong> What should people with urgent travel do?</p>
<p><strong>Spokesperson:</strong> Applicants with a genuinely urgent reason to travel, such as the serious illness or death of a close relative, should write to <a href="mailto:consular@example.org">consular@example.org</a> with supporting documents. Each request will be considered individually.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "comment-on-a-question-about-journalists-visas",
        "title": "Comment on a question about journalists' visas",
        "category": "comments",
        "days_ago": 41,
        "time": "12:40",
        "lead": (
            "An Embassy spokesperson commented on a question about the status of visa "
            "applications submitted by journalists and reiterated the Embassy's support for "
            "the work of correspondents on the basis of reciprocity."
        ),
        "body": """<p><strong>Question:</strong> Are there currently any difficulties with visas for journalists?</p>
<p><strong>Spokesperson:</strong> The Embassy continues to process visa applications from British journalists in the normal way, once the required accreditation has been granted by the Press Centre of the Ministry of Foreign Affairs. Several such applications have been approved in recent weeks, including for short reporting trips to cultural and sporting events.</p>
<p>At the same time, we have consistently drawn attention to the practical difficulties faced by Russian correspondents working in the United Kingdom, including delays in the renewal of their visas. We believe that questions of this kind are best resolved calmly, through professional dialogue and on the basis of reciprocity, so that journalists from both countries can carry out their work.</p>
<p><strong>Question:</strong> Where can journalists find information on the procedure?</p>
<p><strong>Spokesperson:</strong> The accreditation rules are published on the website of the Ministry of Foreign Affairs at <a href="https://mid.ru/en/press_service/">mid.ru</a>. The Embassy's press office is always ready to advise and can be contacted at <a href="mailto:press@example.org">press@example.org</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "comment-on-assistance-to-a-citizen-in-hospital",
        "title": "Comment on consular assistance to a citizen in hospital",
        "category": "comments",
        "days_ago": 168,
        "time": "16:35",
        "lead": (
            "Responding to enquiries, an Embassy spokesperson confirmed that consular officers "
            "are in contact with a Russian citizen receiving hospital treatment after a road "
            "accident and with the citizen's family."
        ),
        "body": """<p>In response to questions from the media and from members of the community, an Embassy spokesperson made the following comment.</p>
<p><strong>Spokesperson:</strong> We can confirm that a Russian citizen was injured in a road accident earlier this week and is currently receiving treatment in hospital. Consular officers have been in contact with the hospital and with the patient's family from the first day, and we are grateful to the medical staff for their care and professionalism.</p>
<p>At the request of the family, the Embassy has helped relatives to obtain urgent visas to travel to the United Kingdom and has provided information about interpreters and local support services. We will continue to offer all appropriate assistance.</p>
<p>Out of respect for the privacy of the patient and the family, we will not be sharing any further personal or medical details.</p>
<h3>A reminder to travellers</h3>
<p>We take this opportunity to remind citizens visiting the United Kingdom that traffic drives on the left, and that pedestrians should take particular care when crossing roads. Visitors are strongly advised to hold valid medical insurance for the whole period of their stay. Guidance for visitors is available at <a href="https://www.gov.uk/browse/visas-immigration">gov.uk</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "comment-on-the-renewal-of-diplomatic-visas",
        "title": "Comment on the renewal of visas for Embassy staff",
        "category": "comments",
        "days_ago": 361,
        "time": "13:15",
        "lead": (
            "An Embassy spokesperson commented on a question about the renewal of visas for "
            "diplomatic and technical staff and expressed the hope that pending cases will be "
            "resolved promptly in a constructive spirit."
        ),
        "body": """<p><strong>Question:</strong> Is it true that some members of the Embassy's staff have been waiting for visa renewals?</p>
<p><strong>Spokesperson:</strong> Yes, a number of applications for the renewal of visas for diplomatic and administrative staff, and for members of their families, have been pending for some time. This affects the normal functioning of the Embassy, including the consular section, which serves many thousands of citizens every year.</p>
<p>The Vienna Convention on Diplomatic Relations provides that the receiving state shall accord full facilities for the performance of the functions of a diplomatic mission. Ensuring that missions are adequately staffed is in the interest of both sides, and in the first place of the citizens who rely on consular services.</p>
<p>We have raised this matter through the usual diplomatic channels, and we hope that the pending cases will be resolved promptly and on the basis of reciprocity. For our part, the Embassy remains ready to continue a constructive, working-level dialogue on all practical questions.</p>
<p><strong>Question:</strong> Will this affect appointments at the consular section?</p>
<p><strong>Spokesperson:</strong> We are doing everything possible to ensure that it does not. All confirmed appointments will go ahead as scheduled.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "comment-on-travel-advice-for-citizens",
        "title": "Comment on travel advice for citizens during severe weather",
        "category": "comments",
        "days_ago": 524,
        "time": "08:50",
        "lead": (
            "An Embassy spokesperson advised Russian citizens in the United Kingdom to follow "
            "official weather warnings and transport updates during a period of storms and "
            "explained how to reach the consular section in an emergency."
        ),
        "body": """<p><strong>Question:</strong> Is the Embassy issuing any advice in connection with the storms forecast for this week?</p>
<p><strong>Spokesperson:</strong> Yes. We recommend that Russian citizens in the United Kingdom, both residents and visitors, follow the official weather warnings and the advice of local authorities. Disruption to rail and air services is possible, and some roads may be closed.</p>
<p>Travellers are advised to:</p>
<ul>
<li>check the status of flights and trains before setting out;</li>
<li>keep mobile phones charged and carry a printed copy of important contacts;</li>
<li>avoid coastal paths and exposed areas during strong winds;</li>
<li>keep their passports and other documents in a safe, dry place.</li>
</ul>
<p>Information on weather warnings and emergency preparedness in the United Kingdom is available at <a href="https://www.gov.uk/guidance/prepare-for-emergencies">gov.uk</a>.</p>
<p><strong>Question:</strong> What if someone misses a flight and their visa is about to expire?</p>
<p><strong>Spokesperson:</strong> In such cases we advise contacting the airline first and then the consular section on <strong>+44 (0) 203 668 7474</strong>. We will explain what documents may be needed and how to proceed.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    # ------------------------------------------------------------------
    # Press releases
    # ------------------------------------------------------------------
    {
        "slug": "consular-section-opening-hours-during-the-public-holidays",
        "title": "Consular section opening hours during the public holidays",
        "category": "press-releases",
        "days_ago": -7,
        "time": "09:00",
        "lead": (
            "The consular section will operate reduced hours during the forthcoming public "
            "holidays in Russia and the United Kingdom. Applicants are asked to check the "
            "schedule below before booking an appointment."
        ),
        "body": """<p>The Embassy informs visitors that the consular section at 6/7 Kensington Palace Gardens, London W8 4QP, will operate according to a special schedule during the forthcoming public holidays in Russia and the United Kingdom.</p>
<h2>Holiday schedule</h2>
<table>
<thead>
<tr><th>Period</th><th>Passports and certificates</th><th>Visas</th></tr>
</thead>
<tbody>
<tr><td>Last working day before the holidays</td><td>09:30 to 12:30</td><td>09:30 to 12:00</td></tr>
<tr><td>Public holidays</td><td>Closed</td><td>Closed</td></tr>
<tr><td>First working day after the holidays</td><td>10:00 to 13:00</td><td>Collection of documents only</td></tr>
<tr><td>From the second working day</td><td>Normal hours</td><td>Normal hours</td></tr>
</tbody>
</table>
<p>Appointments already booked for the days on which the section is closed will be moved automatically, and applicants will receive a message with the new date and time. There is no need to rebook.</p>
<h2>Emergencies</h2>
<p>During the closure, urgent assistance will be available only in genuine emergencies involving a threat to life or health, the death of a Russian citizen, or detention. In such cases, please call <strong>+44 (0) 203 668 7474</strong>.</p>
<p>General enquiries received by e-mail at <a href="mailto:consular@example.org">consular@example.org</a> will be answered after the holidays in the order in which they were received. We thank visitors for their understanding.</p>""",
        "pinned": False,
        "scheduled": True,
    },
    {
        "slug": "changes-to-the-procedure-for-biometric-passport-applications",
        "title": "Changes to the procedure for biometric passport applications",
        "category": "press-releases",
        "days_ago": 3,
        "time": "10:15",
        "lead": (
            "From next month, applications for ten-year biometric passports will be accepted "
            "by appointment only through the new online booking system. The list of required "
            "documents remains unchanged."
        ),
        "body": """<p>The consular section informs Russian citizens permanently or temporarily resident in the United Kingdom of changes to the procedure for applying for a ten-year biometric passport.</p>
<h2>What is changing</h2>
<ul>
<li>Applications will be accepted <strong>by appointment only</strong>. Appointments can be booked through the online system at <a href="https://example.org/consular/appointments">example.org/consular/appointments</a>.</li>
<li>Applicants must complete the electronic application form in advance and bring the printed confirmation to the appointment.</li>
<li>Photographs and fingerprints will be taken at the consular section; applicants do not need to bring printed photographs.</li>
</ul>
<h2>What stays the same</h2>
<p>The list of required documents, the state fee and the processing times are unchanged. Applicants should bring their current internal or foreign passport, a document confirming their right of residence in the United Kingdom and, where applicable, documents confirming a change of name.</p>
<h3>Passports for children</h3>
<p>Applications for children under 18 must be submitted by a parent or legal guardian. Children over 12 must attend in person so that their fingerprints can be taken.</p>
<h2>Collection</h2>
<p>Applicants will receive an e-mail when their passport is ready for collection. Passports must be collected in person within six months.</p>
<p>For further questions please contact <a href="mailto:consular@example.org">consular@example.org</a> or call <strong>+44 (0) 203 668 7474</strong> on weekdays between 14:00 and 16:00.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "russian-film-week-screening-programme",
        "title": "Russian film week: screening programme",
        "category": "press-releases",
        "days_ago": 18,
        "time": "14:00",
        "lead": (
            "The Embassy, together with an independent London cinema, presents a week of Russian "
            "films with English subtitles, from classic animation to recent dramas. Admission "
            "is free, but booking is required."
        ),
        "body": """<p>The Embassy is pleased to announce a week of Russian cinema organised together with a small independent cinema in west London. The programme brings together classic and contemporary films, all shown with English subtitles.</p>
<h2>Programme</h2>
<table>
<thead>
<tr><th>Day</th><th>Time</th><th>Film</th></tr>
</thead>
<tbody>
<tr><td>Monday</td><td>19:00</td><td>A classic wartime drama, restored edition</td></tr>
<tr><td>Tuesday</td><td>19:00</td><td>A contemporary family comedy</td></tr>
<tr><td>Wednesday</td><td>18:30</td><td>Documentary evening: the Russian North</td></tr>
<tr><td>Thursday</td><td>19:00</td><td>A literary adaptation of a nineteenth-century novel</td></tr>
<tr><td>Saturday</td><td>11:00</td><td>Animation for children: a selection of short films</td></tr>
<tr><td>Saturday</td><td>17:00</td><td>A recent drama, followed by a discussion with film critics</td></tr>
</tbody>
</table>
<p>The Saturday morning programme of animated films is suitable for children aged five and over, and is shown in Russian with English subtitles read aloud by volunteers for younger viewers.</p>
<h2>How to book</h2>
<p>Admission is free of charge, but seats are limited and must be booked in advance at <a href="https://example.org/events/film-week">example.org/events/film-week</a>. Each booking admits up to four people.</p>
<p>Some films contain scenes that may not be suitable for younger audiences; age guidance is given on the booking page.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "information-for-companies-on-an-international-food-fair",
        "title": "Information for companies on an international food and drink fair",
        "category": "press-releases",
        "days_ago": 76,
        "time": "11:45",
        "lead": (
            "The Trade Representation invites British food and drink producers interested in an "
            "international trade fair in Moscow to an information session on exhibition "
            "formats, documentation and certification requirements."
        ),
        "body": """<p>The Trade Representation of the Russian Federation in the United Kingdom informs companies that registration is open for an international food and drink trade fair to be held in Moscow in the autumn.</p>
<p>The fair traditionally brings together producers, distributors and retailers from many countries. Sections include confectionery, dairy products, beverages, organic foods and packaging equipment.</p>
<h2>Information session</h2>
<p>To help companies prepare, the Trade Representation will hold an online information session covering:</p>
<ul>
<li>exhibition formats and participation costs;</li>
<li>visa procedures for exhibitors and visitors;</li>
<li>certification and labelling requirements for food products;</li>
<li>transport of exhibition samples.</li>
</ul>
<p>Participants are reminded that they are responsible for ensuring compliance with all applicable UK rules on exports. Official guidance is available at <a href="https://www.gov.uk/starting-to-export">gov.uk</a>.</p>
<h2>Registration</h2>
<p>Companies wishing to attend the information session should write to <a href="mailto:trade@example.org">trade@example.org</a>, stating the name of the company, its sector and the number of participants. A link to the session will be sent to registered participants in advance.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "new-appointment-system-for-notarial-services",
        "title": "New appointment system for notarial services",
        "category": "press-releases",
        "days_ago": 252,
        "time": "09:30",
        "lead": (
            "The consular section has introduced a separate appointment system for notarial "
            "services, including powers of attorney, certified copies and consents for the "
            "travel of minors, to reduce waiting times."
        ),
        "body": """<p>The consular section informs citizens that a separate online appointment system has been introduced for notarial services. The change is intended to reduce waiting times and to allow more appointments to be offered each week.</p>
<h2>Services covered</h2>
<p>The new system covers the following notarial acts:</p>
<ul>
<li>powers of attorney, including for the sale or purchase of property;</li>
<li>consent of parents for the travel of minors;</li>
<li>certification of copies of documents and of translations;</li>
<li>certification of signatures on applications;</li>
<li>applications relating to inheritance.</li>
</ul>
<h2>Before your appointment</h2>
<p>To save time, applicants are asked to send a draft of the document they require to <a href="mailto:consular@example.org">consular@example.org</a> at least three working days before the appointment. Drafts should be prepared in Russian. Consular staff will check the draft and contact the applicant if any corrections are needed.</p>
<p>Applicants must bring a valid Russian passport to the appointment. Where a document concerns property, the relevant property details and documents should also be available.</p>
<h3>Fees</h3>
<p>State fees for notarial acts are payable by card on the day of the appointment. The current schedule of fees is published at <a href="https://example.org/consular/fees">example.org/consular/fees</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    # ------------------------------------------------------------------
    # Embassy news
    # ------------------------------------------------------------------
    {
        "slug": "wreath-laying-at-the-soviet-war-memorial-on-victory-day",
        "title": "Wreath laying at the Soviet War Memorial on Victory Day",
        "category": "embassy-news",
        "days_ago": 46,
        "time": "11:30",
        "lead": (
            "Embassy staff, members of the diplomatic corps, veterans' families and members of "
            "the public gathered at the Soviet War Memorial in London to lay wreaths and honour "
            "all those who lost their lives in the Second World War."
        ),
        "body": """<p>On Victory Day, a wreath-laying ceremony was held at the Soviet War Memorial in Geraldine Mary Harmsworth Park in Southwark. The memorial commemorates the Soviet citizens and servicemen who lost their lives in the Second World War, and the contribution of all the Allied nations to the victory.</p>
<p>The ceremony was attended by Embassy staff, representatives of the diplomatic missions of a number of countries, descendants of veterans, members of community organisations and local residents. Among those present were relatives of British sailors who served on the Arctic convoys.</p>
<h2>A minute's silence</h2>
<p>After a minute's silence, the Ambassador and other participants laid wreaths and flowers at the foot of the memorial. Children from a Russian Saturday school read wartime poems, and a small choir performed songs of the war years.</p>
<blockquote><p>We remember everyone who fought and everyone who did not return. Their sacrifice is a lesson for all generations.</p></blockquote>
<h2>The Immortal Regiment</h2>
<p>As in previous years, many families brought photographs of their grandparents and great-grandparents who took part in the war. After the ceremony, participants shared family stories over tea in the park.</p>
<p>The Embassy thanks the London Borough of Southwark and the volunteers who look after the memorial throughout the year.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "exhibition-of-russian-lacquer-miniatures-opens-at-the-embassy",
        "title": "Exhibition of Russian lacquer miniatures opens at the Embassy",
        "category": "embassy-news",
        "days_ago": 15,
        "time": "18:45",
        "lead": (
            "An exhibition of lacquer miniatures from the traditional craft centres of Palekh, "
            "Fedoskino, Kholui and Mstyora has opened at the Embassy, showing boxes, brooches "
            "and panels on themes from fairy tales and village life."
        ),
        "body": """<p>An exhibition of Russian lacquer miniatures has opened at the Embassy. The display brings together more than sixty works from private collections in the United Kingdom, representing the four historic centres of the craft: Palekh, Fedoskino, Kholui and Mstyora.</p>
<p>Lacquer miniature painting developed in its present form in the 1920s, when icon painters from villages in the Vladimir and Ivanovo regions began to apply their skills to papier-mâché boxes. Each school has its own recognisable style, from the black backgrounds and fine gold work of Palekh to the realistic oil painting of Fedoskino.</p>
<h2>What visitors will see</h2>
<ul>
<li>boxes and caskets illustrating Russian fairy tales and the works of Pushkin;</li>
<li>brooches and small decorative panels;</li>
<li>scenes of village festivals, troika rides and the seasons;</li>
<li>a display explaining the stages of making a miniature, from pressing the papier-mâché to the final polishing.</li>
</ul>
<h2>Visiting</h2>
<p>The exhibition is open to the public on Wednesdays and Saturdays, by prior registration, until the end of next month. Admission is free. Visitors are asked to bring photographic identification.</p>
<p>Registration is available at <a href="https://example.org/events/lacquer-miniatures">example.org/events/lacquer-miniatures</a>. Guided tours in English and Russian are offered on Saturday afternoons.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "embassy-hosts-a-concert-by-young-pianists",
        "title": "Embassy hosts a concert by young pianists",
        "category": "embassy-news",
        "days_ago": 28,
        "time": "20:15",
        "lead": (
            "Young pianists from music schools in London and Moscow performed works by "
            "Tchaikovsky, Rachmaninoff, Prokofiev, Elgar and Britten at a concert at the "
            "Embassy dedicated to the friendship of musicians of the two countries."
        ),
        "body": """<p>The Embassy hosted an evening concert by young pianists aged between twelve and nineteen, students of music schools in London and Moscow. The concert was the culmination of a week-long series of masterclasses held in both cities and online.</p>
<p>The programme placed Russian and British composers side by side. The audience heard pieces from Tchaikovsky's <em>The Seasons</em>, preludes by Rachmaninoff, Prokofiev's <em>Visions fugitives</em>, and works by Elgar and Britten, as well as a piano duet performed jointly by a London and a Moscow student.</p>
<h2>Learning from each other</h2>
<p>During the week, students attended masterclasses given by teachers from both schools and discussed approaches to technique, interpretation and stage presence. Many of the young musicians said that the most valuable part of the exchange was the chance to make friends with peers who share their passion.</p>
<p>In brief remarks before the concert, the Ambassador thanked the teachers and parents and noted that music has always been a language that needs no translation.</p>
<h3>Next season</h3>
<p>The organisers hope to repeat the exchange next year, with the addition of string players. Music schools interested in taking part are invited to write to <a href="mailto:culture@example.org">culture@example.org</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "reminder-on-the-state-registration-of-births",
        "title": "Reminder on the state registration of births",
        "category": "embassy-news",
        "days_ago": 55,
        "time": "10:40",
        "lead": (
            "The consular section reminds parents of the procedure for registering the birth "
            "of a child born in the United Kingdom to Russian citizens and for confirming the "
            "child's Russian citizenship."
        ),
        "body": """<p>The consular section regularly receives questions from parents about registering the birth of a child born in the United Kingdom. We have prepared a short reminder on the procedure.</p>
<h2>Step one: local registration</h2>
<p>In the United Kingdom, every birth must first be registered with the local register office, normally within 42 days (21 days in Scotland). Information is available at <a href="https://www.gov.uk/register-birth">gov.uk</a>. The local birth certificate is needed for all further steps.</p>
<h2>Step two: apostille and translation</h2>
<p>The UK birth certificate must bear an apostille, which is issued by the Legalisation Office of the Foreign, Commonwealth and Development Office. Details can be found at <a href="https://www.gov.uk/get-document-legalised">gov.uk</a>. The certificate and the apostille must then be translated into Russian, and the translation certified.</p>
<h2>Step three: consular procedures</h2>
<p>With these documents, parents may book an appointment at the consular section to confirm the child's Russian citizenship and, if they wish, to apply for a passport for the child. The following documents are usually required:</p>
<ol>
<li>the child's UK birth certificate with apostille and certified translation;</li>
<li>the valid passports of both parents;</li>
<li>the parents' marriage certificate, if applicable;</li>
<li>an application form completed by the parents.</li>
</ol>
<p>Appointments can be booked at <a href="https://example.org/consular/appointments">example.org/consular/appointments</a>. Questions may be sent to <a href="mailto:consular@example.org">consular@example.org</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "russian-language-olympiad-for-schoolchildren",
        "title": "Russian language olympiad for schoolchildren held at the Embassy",
        "category": "embassy-news",
        "days_ago": 132,
        "time": "15:10",
        "lead": (
            "More than eighty pupils from Saturday schools and state schools across the United "
            "Kingdom took part in the annual Russian language olympiad, with tasks in grammar, "
            "reading comprehension, essay writing and oral expression."
        ),
        "body": """<p>The annual Russian language olympiad for schoolchildren was held at the Embassy. More than eighty pupils aged between nine and seventeen took part, coming from Saturday schools and from several British state and independent schools where Russian is taught as a foreign language.</p>
<p>For the first time, the olympiad was run in two separate streams: one for children who speak Russian at home, and one for learners of Russian as a foreign language. The organisers felt that this approach allowed both groups to show their strengths fairly.</p>
<h2>The tasks</h2>
<ul>
<li>grammar and vocabulary exercises;</li>
<li>reading comprehension based on a short story;</li>
<li>a written essay on the theme <em>A place I love</em>;</li>
<li>an oral presentation in front of the jury.</li>
</ul>
<p>The jury, made up of experienced teachers and a university lecturer, noted the creativity of many essays, which described places as different as a grandmother's dacha, a Scottish island and a London library.</p>
<h2>Awards</h2>
<p>Winners and runners-up in each age group received diplomas, dictionaries and books. All participants received certificates. Teachers whose pupils took part were thanked for their work in preparing them.</p>
<p>Schools wishing to take part next year may register their interest at <a href="mailto:education@example.org">education@example.org</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
    {
        "slug": "seminar-on-the-conservation-of-historic-buildings",
        "title": "Seminar on the conservation of historic buildings",
        "category": "embassy-news",
        "days_ago": 688,
        "time": "14:20",
        "lead": (
            "Architects, restorers and historians met at the Embassy for a seminar on the "
            "conservation of historic buildings, sharing experience of restoring wooden "
            "architecture, Georgian interiors and nineteenth-century mansions."
        ),
        "body": """<p>The Embassy hosted a one-day seminar on the conservation of historic buildings, attended by architects, restorers, art historians and students from both countries. The seminar was held in the Embassy's own historic building, a nineteenth-century mansion in Kensington.</p>
<h2>Presentations</h2>
<p>The programme included presentations on:</p>
<ul>
<li>the restoration of wooden churches and houses in the Russian North;</li>
<li>techniques for conserving decorative plasterwork and painted ceilings;</li>
<li>the challenges of adapting historic houses for modern use while respecting their character;</li>
<li>training the next generation of craftsmen in traditional skills.</li>
</ul>
<p>Speakers noted that, despite different climates and building traditions, restorers in both countries face similar questions: how to balance authenticity with safety, how to finance long-term maintenance, and how to involve local communities in caring for their heritage.</p>
<h2>A tour of the building</h2>
<p>At the end of the day, participants were invited on a short tour of the Embassy's reception rooms, where the history of the building and its earlier residents was explained, together with details of recent work on its windows and cornices.</p>
<p>A summary of the presentations will be made available at <a href="https://example.org/heritage-seminar">example.org/heritage-seminar</a>.</p>""",
        "pinned": False,
        "scheduled": False,
    },
]
