# -*- coding: utf-8 -*-
"""Hand-written originals (e-mails, SMS, phone calls) and the reports that carry them.
Each original: id, lang, label, kind, frm (name, address), rt (Reply-To), subj, date,
body ([[n]] = n-th link, shown text + real target), links, phones (E.164, hand-written),
domains (hand-written registered domains of links + plain-text domains)."""

ORIGINALS = []

def E(id, lang, label, frm, subj, date, body, links=(), phones=(), domains=(), rt=None,
      campaign=None, html=True, kind='email', envfrom=None):
    d = dict(id=id, lang=lang, label=label, frm=frm, subj=subj, date=date, body=body,
             links=list(links), phones=list(phones), domains=list(domains), rt=rt,
             campaign=campaign, html=html, kind=kind)
    if envfrom:
        d['envfrom'] = envfrom
    ORIGINALS.append(d)

def T(id, lang, label, subj, body, phones=(), domains=(), kind='sms', date=(2025, 3, 3, 9, 0)):
    """SMS or phone call as typed by the doctor (body = the doctor's own words)."""
    ORIGINALS.append(dict(id=id, lang=lang, label=label, frm=None, subj=subj, date=date, body=body,
                          links=[], phones=list(phones), domains=list(domains), rt=None,
                          campaign=None, html=False, kind=kind))

# =====================================================================  ENGLISH
E('en01', 'en', 'fraud', ('Editorial Office - IJCMR', 'billing@ijcmr-journals.org'),
  'Invoice INV-24-8812: Article Processing Charge due', (2025, 1, 14, 8, 42),
  """Dear Dr. Martin,

Congratulations again on the acceptance of your manuscript "Outcomes of early mobilisation after hip fracture surgery in a French district hospital" (Ref. IJCMR-2024-3317) in the International Journal of Clinical and Medical Research.

Our records show that the Article Processing Charge of USD 1,450.00 remains unpaid. To avoid delay in online publication and DOI assignment, please settle the invoice within 5 working days through our secure payment portal:

[[1]]

If you prefer wire transfer, our bank details are on page 2 of the attached invoice. Kindly quote the invoice number in the transfer reference.

Warm regards,
Sandra Whitfield
Finance & Editorial Office
International Journal of Clinical and Medical Research""",
  links=[('Pay APC securely', 'https://pay.ijcmr-journals.org/invoice/INV-24-8812')], domains=['ijcmr-journals.org'], campaign='apc_ijcmr')

E('en02', 'en', 'fraud', ('The Lancet Medical Reports', 'editor@lancetmedreports.com'),
  'Invitation to submit - Special Issue on Primary Care (fee waiver 50%)', (2025, 2, 3, 4, 15),
  """Dear Esteemed Doctor,

Greetings from The Lancet Medical Reports!!

We have gone through your excellent publication and we are glad to invite you to contribute a manuscript (Research, Review, Case report, Short communication) for our upcoming Special Issue "Primary Care in the Post-Pandemic Era".

Being a valued author, you are eligible for 50% waiver on publication fee. Last date of submission: 28th February 2025. Submit online at [[1]] or send as attachment to this email.

Kindly let us know your intention at the earliest.

With regards,
Dr. Emily Johnson
Managing Editor
WhatsApp: +1 (302) 555-0186""",
  links=[('www.lancetmedreports.com/submit', 'https://www.lancetmedreports.com/submit')],
  phones=['+13025550186'], domains=['lancetmedreports.com'])

E('en03', 'en', 'legitimate', ('BMJ Open', 'onbehalfof@manuscriptcentral.com'),
  'BMJ Open - Invitation to Review Manuscript bmjopen-2025-091244', (2025, 2, 11, 16, 3),
  """11-Feb-2025

Dear Dr. O'Connell,

The manuscript entitled "Burnout among general practitioners working in rural France: a cross-sectional survey" has been submitted to BMJ Open. Given your expertise, I would be grateful if you would act as a reviewer.

The abstract appears at the end of this letter. Please let me know whether you are able to review by clicking the appropriate link:

Agreed: [[1]]
Declined: [[2]]
Unavailable: [[3]]

If you accept, you will have 14 days to submit your report. Reviewers may claim CME credits through Publons/Web of Science.

Sincerely,
Dr. Alice Chen
Associate Editor, BMJ Open""",
  links=[('Agreed', 'https://mc.manuscriptcentral.com/bmjopen?URL_MASK=a1b2c3agreed'),
         ('Declined', 'https://mc.manuscriptcentral.com/bmjopen?URL_MASK=a1b2c3declined'),
         ('Unavailable', 'https://mc.manuscriptcentral.com/bmjopen?URL_MASK=a1b2c3unavail')],
  domains=['manuscriptcentral.com'])

E('en04', 'en', 'fraud', ('GMC Online', 'revalidation@gmc-uk-services.com'),
  'Action required: your GMC licence to practise will be withdrawn', (2025, 1, 20, 11, 30),
  """Dear Doctor,

Our records indicate that your annual retention fee for 2025 has not been received. Under the Medical Act 1983, failure to pay will result in your licence to practise being withdrawn and your name being removed from the Medical Register.

To keep your registration active, please log in to GMC Online and confirm your payment card details before 27 January 2025:

[[1]]

If you have already paid, please ignore this message.

General Medical Council
Registration and Revalidation Directorate""",
  links=[('https://www.gmc-uk.org/gmc-online', 'https://gmc-uk-services.com/login/verify.php?id=88412')],
  domains=['gmc-uk-services.com'], campaign='gmc_fee')

E('en05', 'en', 'legitimate', ('GMC', 'gmc@gmc-uk.org'),
  'Your annual retention fee is due', (2025, 3, 1, 9, 0),
  """Dear Dr Kavanagh,

Your annual retention fee of £185 is due on 1 April 2025. If you pay by Direct Debit you don't need to do anything; we will collect the payment automatically.

If you don't pay by Direct Debit, please log in to GMC Online to pay. For your security, we will never ask you for your card details by email or phone.

You can find out more about fees, and how to apply for a reduction, at [[1]].

Kind regards

Registration Team
General Medical Council
0161 923 6602""",
  links=[('gmc-uk.org/fees', 'https://www.gmc-uk.org/registration-and-licensing/managing-your-registration/fees-and-funding')],
  phones=['+441619236602'], domains=['gmc-uk.org'])

E('en06', 'en', 'fraud', ('Medical Council', 'registrations@medicalcouncil-ie.net'),
  'IMC registration renewal - final reminder', (2025, 2, 25, 7, 55),
  """Dear Registered Medical Practitioner,

This is your FINAL REMINDER that your annual retention on the Register of Medical Practitioners of the Medical Council of Ireland lapses on 28/02/2025.

A doctor whose registration has lapsed may not practise medicine in Ireland. To prevent this, complete your renewal and upload a copy of your passport and current certificate of good standing here: [[1]]

Renewal fee: EUR 495 (payable by card on the portal).

Medical Council | Kingram House, Kingram Place, Dublin 2""",
  links=[('Renew my registration', 'https://imc-renewal.medicalcouncil-ie.net/portal')],
  domains=['medicalcouncil-ie.net'])

E('en07', 'en', 'fraud', ('NHS Professionals Recruitment', 'recruitment.nhsp@outlook.com'),
  'Locum Consultant post - £120/hr - urgent start', (2024, 12, 9, 13, 12),
  """Hello Dr,

I came across your profile on LinkedIn and I believe you are a perfect fit for a Locum Consultant position (Acute Medicine) at one of our NHS Trusts in the Midlands, £120 per hour, accommodation provided, start ASAP.

To proceed with your compliance file I will need the following by return email:
- scanned copy of your passport (both pages)
- your medical degree certificate
- your date of birth and national insurance number if you have one
- a refundable compliance fee of £250 for the DBS check (details to follow)

Our team will fast-track your GMC registration once received.

Regards,
James Holloway
Senior Medical Recruiter
NHS Professionals
Tel: +44 7700 900412""",
  phones=['+447700900412'], html=False)

E('en08', 'en', 'spam', ('Medacs Healthcare', 'jobs@mailer.medacs.com'),
  'GP locum sessions in Cornwall - French-registered doctors welcome', (2025, 1, 8, 10, 0),
  """Hi Dr Laurent,

We are currently recruiting GPs for regular locum sessions across Cornwall and Devon from March 2025. If you hold full GMC registration with a licence to practise and are on the National Performers List (or are in the process of joining), we'd love to hear from you.

- Flexible sessions, £95-£110/hr
- Dedicated consultant to handle your compliance
- Relocation support for doctors moving from the EU

See all current vacancies: [[1]]

Not interested? [[2]] from these emails.

Medacs Healthcare, Pinewood Court, Coleshill Road, Marston Green, Birmingham B37 7HG""",
  links=[('View GP vacancies', 'https://www.medacs.com/jobs/gp-locum?utm_source=email&utm_campaign=eu_gp'),
         ('Unsubscribe', 'https://mailer.medacs.com/unsubscribe?u=9921')],
  domains=['medacs.com'])

E('en09', 'en', 'fraud', ('Medscape CME', 'no-reply@medscape-cme-credits.com'),
  'Your 24.5 AMA PRA Category 1 Credits™ expire on Friday', (2025, 3, 5, 6, 20),
  """Medscape Education

Dear Physician,

You have 24.5 unclaimed CME/CE credits in your Medscape account. Unclaimed credits will be permanently removed on Friday, March 7.

To claim your certificate, verify your Medscape login:
[[1]]

Thank you for learning with Medscape.

© 2025 Medscape, LLC""",
  links=[('Claim my credits', 'https://medscape-cme-credits.com/claim/login?ref=a77f')],
  domains=['medscape-cme-credits.com'])

E('en10', 'en', 'spam', ('Medscape', 'news@mail.medscape.com'),
  'Your Medscape Daily: new ESC guideline on hypertension; GLP-1 and sarcopenia', (2025, 2, 19, 6, 0),
  """Medscape Daily - February 19, 2025

TOP NEWS
New ESC hypertension guideline: what changes for primary care [[1]]
GLP-1 receptor agonists and muscle mass: should we worry? [[2]]

CME & EDUCATION
Managing resistant hypertension in older adults - 0.50 CME credit [[3]]

You are receiving this email because you are registered at Medscape. Manage your email preferences [[4]].
Medscape, LLC, 395 Hudson Street, New York, NY 10014""",
  links=[('Read more', 'https://www.medscape.com/viewarticle/esc-2025-hypertension'),
         ('Read more', 'https://www.medscape.com/viewarticle/glp1-sarcopenia'),
         ('Start activity', 'https://www.medscape.org/viewarticle/100221'),
         ('here', 'https://mail.medscape.com/preferences?e=x12')],
  domains=['medscape.com', 'medscape.org'])

E('en11', 'en', 'fraud', ('Microsoft 365', 'no-reply@mcrsft-securemail.com'),
  'Password expiry notice for your mailbox', (2025, 1, 27, 22, 4),
  """Microsoft

Your password for this mailbox expires today.

You can keep using your current password by confirming below. If you don't, you will be signed out of Outlook, Teams and OneDrive within 24 hours.

[[1]]

This is an automatic notification from Microsoft 365 Admin Center. Please do not reply.""",
  links=[('Keep current password', 'https://keep-pass-o365.web.app/?login=hint')],
  domains=['web.app'], campaign='ms_keep_pwd')

E('en12', 'en', 'legitimate', ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
  'Microsoft account password reset', (2025, 2, 6, 19, 41),
  """Microsoft account

Password reset code

Please use this code to reset the password for the Microsoft account dr*****@ou*****.fr.

Here is your code: 482913

If you don't recognize the Microsoft account dr*****@ou*****.fr, you can click [[1]] to remove your email address from that account.

Thanks,
The Microsoft account team""",
  links=[('here', 'https://account.live.com/dp?ft=-Dk2p7aJ')], domains=['live.com'])

E('en13', 'en', 'fraud', ('Apple', 'noreply@id-apple-support-case.com'),
  'Your Apple ID has been locked for security reasons', (2025, 3, 10, 3, 12),
  """Dear Customer,

Your Apple ID was used to sign in to iCloud on a new device (iPhone 15, Lagos, Nigeria).
For your protection, we have temporarily locked your account.

To unlock your Apple ID you must verify your identity within 48 hours, otherwise your account and all iCloud data will be permanently deleted.

[[1]]

Apple Support
Case ID: 10294857761""",
  links=[('Verify Now', 'http://id-apple-support-case.com/unlock/?case=10294857761')],
  domains=['id-apple-support-case.com'])

E('en14', 'en', 'legitimate', ('Google', 'no-reply@accounts.google.com'),
  'Security alert', (2025, 1, 16, 21, 57),
  """A new sign-in on Mac

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[[1]]

You can also see security activity at
[[2]]

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
  links=[('Check activity', 'https://accounts.google.com/AccountChooser?Email=dr.lucy.brennan@gmail.com&continue=https://myaccount.google.com/alert/nt/1737061020000'),
         ('https://myaccount.google.com/notifications', 'https://myaccount.google.com/notifications')],
  domains=['google.com'])

E('en15', 'en', 'fraud', ('Dr. Harrison Webb', 'harrison.webb.md@gmail.com'),
  'Quick favour', (2025, 2, 14, 9, 10),
  """Hi,

Are you available? I need a quick favour. I'm in a conference right now and can't take calls. I need to get some Apple gift cards for a couple of patients' families as a goodwill gesture, I'll reimburse you as soon as I'm back.

Let me know if you can help and I'll tell you the amounts.

Harrison
Sent from my iPhone""",
  html=False)

E('en16', 'en', 'fraud', ('World Congress on Cardiology 2025', 'invitation@wcc-cardiology2025.org'),
  'Official Invitation Letter & Visa Support - Speaker slot Dubai', (2025, 1, 22, 12, 0),
  """Dear Dr. Bernard,

On behalf of the Organizing Committee, we are honored to invite you as a SPEAKER at the World Congress on Cardiology & Heart Diseases (WCC-2025), 14-16 May 2025, Dubai, UAE.

Your registration (Speaker Package, incl. 3 nights hotel) is USD 899. After payment we will issue the official invitation letter for your visa application and arrange the hotel booking through our travel partner, so please do NOT contact the hotel directly.

Register here: [[1]]
Payment: Western Union or bank transfer (details on request).

For queries: +971 50 555 0142

Best Regards,
Olivia Grant
Program Coordinator | WCC-2025""",
  links=[('wcc-cardiology2025.org/speaker-registration', 'https://wcc-cardiology2025.org/speaker-registration')],
  phones=['+971505550142'], domains=['wcc-cardiology2025.org'])

E('en17', 'en', 'spam', ('ESC Congress', 'congress@escardio.org'),
  'ESC Congress 2025 Madrid - early-bird registration ends 15 May', (2025, 4, 28, 10, 0),
  """ESC Congress 2025 | Madrid, 29 August - 1 September

Join 30,000 cardiovascular professionals in Madrid.

Early-bird fees end on 15 May. Members of the European Society of Cardiology and its national societies, including the Société Française de Cardiologie, benefit from reduced fees.

[[1]]

Explore the scientific programme: [[2]]

You received this email because you attended an ESC event. Update your preferences or unsubscribe in your My ESC account.
European Society of Cardiology, Les Templiers, 2035 Route des Colles, 06903 Sophia Antipolis, France""",
  links=[('Register now', 'https://www.escardio.org/Congresses-Events/ESC-Congress/Registration'),
         ('escardio.org/ESC2025', 'https://www.escardio.org/Congresses-Events/ESC-Congress')],
  domains=['escardio.org'])

E('en18', 'en', 'legitimate', ('Siobhan Murphy', 'siobhan.murphy@hse.ie'),
  'Re: Transfer of care - Mr. P. Doyle', (2025, 2, 20, 15, 22),
  """Dear Dr Lefèvre,

Thank you for the referral letter. Mr Doyle arrived home in Cork last week and has now been seen in our heart failure clinic. His furosemide was reduced to 40 mg daily and we'll repeat his bloods in two weeks.

Could you send me his last echo report and the discharge summary from Bordeaux? Our fax is not working reliably, so a secure email to this address is best.

Many thanks and kind regards,
Siobhan

Dr Siobhan Murphy
Consultant Cardiologist
Cork University Hospital
Tel +353 21 492 2000""",
  phones=['+353214922000'], html=False)

E('en19', 'en', 'fraud', ('Binance Research Desk', 'alerts@binance-wealth-desk.io'),
  'Dr., your reserved allocation: 0.62 BTC', (2025, 3, 2, 18, 18),
  """Dear Doctor,

As part of our Medical Professionals Programme, a reserved allocation of 0.62 BTC (≈ EUR 39,700) has been credited to a dormant wallet in your name.

To release the funds to your bank account, you must complete KYC and pay a one-time network activation fee of 0.015 BTC.

Activate your wallet: [[1]]

Your personal account manager, Mr. Daniel Brooks, will call you from +44 20 7946 0321.

Binance Wealth Desk""",
  links=[('Activate wallet', 'https://binance-wealth-desk.io/activate?d=9910')],
  phones=['+442079460321'], domains=['binance-wealth-desk.io'])

E('en20', 'en', 'fraud', ('DocuSign', 'dse@docusign-envelope-services.net'),
  'Dr. Anne Roussel sent you a document to review and sign', (2025, 1, 30, 14, 44),
  """DocuSign

Dr. Anne Roussel sent you a document to review and sign.

REVIEW DOCUMENT [[1]]

Anne Roussel
Contrat de remplacement - Cabinet médical des Tilleuls - Mars 2025.pdf

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.""",
  links=[('REVIEW DOCUMENT', 'https://storage.googleapis.com/dcs-env-7731/index.html#doc=contrat')],
  domains=['googleapis.com'], campaign='docusign_remplacement')

E('en21', 'en', 'legitimate', ('DocuSign via Hôpital de la Tour', 'dse_na4@docusign.net'),
  'Please DocuSign: Contrat de consultant - Dr Taylor', (2025, 3, 12, 11, 5),
  """Ressources humaines - Hôpital de la Tour sent you a document to review and sign.

REVIEW DOCUMENT [[1]]

Dear Dr Taylor,
Please find your consulting agreement for the visiting clinic, as discussed with Dr Favre. Kindly sign before 20 March.

Powered by DocuSign

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit DocuSign.com, click 'Access Documents', and enter the security code: 5C2B8E8F1A0D4C7E9B""",
  links=[('REVIEW DOCUMENT', 'https://eu.docusign.net/Signing/EmailStart.aspx?a=3f77e1c2&etti=24&acct=82a1&er=91b0')],
  domains=['docusign.net', 'docusign.com'])

E('en22', 'en', 'spam', ('Heidi Health', 'hello@heidihealth.com'),
  'Dr, save 2 hours a day on clinical notes (now in French)', (2025, 2, 4, 9, 30),
  """Hi there,

Doctors across Europe use Heidi to write their consultation notes while they talk to patients. Heidi now supports French consultations and can produce letters for specialists in one click.

- Free for individual clinicians (premium from €49/month)
- Data hosted in the EU
- Works alongside your existing practice software

Try it free: [[1]]

Cheers,
The Heidi team

Don't want these emails? Unsubscribe [[2]].""",
  links=[('heidihealth.com/fr', 'https://www.heidihealth.com/fr?utm_medium=email'),
         ('here', 'https://heidihealth.com/unsubscribe?id=fr1192')],
  domains=['heidihealth.com'])

E('en23', 'en', 'fraud', ('UpToDate Subscription', 'renewals@uptodate-subscriptions.net'),
  'Your UpToDate subscription could not be renewed - card declined', (2025, 1, 12, 17, 33),
  """UpToDate®

Dear Subscriber,

We were unable to process the automatic renewal of your individual UpToDate Anywhere subscription (ID 4481-2213). Your access to UpToDate and your accrued CME/CPD credits will be suspended in 72 hours.

Update your payment details now to keep uninterrupted access:
[[1]]

Wolters Kluwer Health | UpToDate Customer Service""",
  links=[('Update payment method', 'https://uptodate-subscriptions.net/billing/update?acc=4481-2213')],
  domains=['uptodate-subscriptions.net'])

E('en24', 'en', 'legitimate', ('UpToDate', 'customerservice@uptodate.com'),
  'Your UpToDate subscription renews soon', (2025, 4, 2, 14, 0),
  """Dear Dr. Nguyen,

Your individual UpToDate Anywhere subscription will renew automatically on 2 May 2025 using the payment method on file. No action is needed.

To review your subscription, download your CME/CPD certificate or change your renewal settings, sign in to [[1]].

If you have questions, contact Customer Service at +1-781-392-2000.

Sincerely,
UpToDate Customer Service
Wolters Kluwer""",
  links=[('www.uptodate.com/myaccount', 'https://www.uptodate.com/myaccount')],
  phones=['+17813922000'], domains=['uptodate.com'])

E('en25', 'en', 'legitimate', ('Dr Tom Whitaker', 'tom.whitaker@nhs.net'),
  'Fellowship exchange Leeds - Lyon', (2025, 3, 18, 20, 12),
  """Hi Camille,

Great to meet you at the EASL meeting. As promised, here's the info about our hepatology fellowship exchange. We have funding for one French registrar for 3 months from September; the application form is on our Trust website: [[1]]

Happy to have a call next week if easier - my mobile is 07700 900987.

Best wishes,
Tom

Dr Tom Whitaker
Consultant Hepatologist, Leeds Teaching Hospitals NHS Trust""",
  links=[('leedsth.nhs.uk/education/fellowships', 'https://www.leedsth.nhs.uk/education/fellowships')],
  phones=['+447700900987'], domains=['leedsth.nhs.uk'])

E('en26', 'en', 'fraud', ('Zoom', 'meetings@zoom-us-invite.com'),
  'Dr. Patrick Morel invited you to a scheduled Zoom meeting', (2025, 2, 27, 8, 5),
  """Hi there,

Dr. Patrick Morel is inviting you to a scheduled Zoom meeting.

Topic: RCP oncologie - dossier patient (confidentiel)
Time: Feb 28, 2025 12:30 PM Paris

Join Zoom Meeting
[[1]]

To access the shared patient file you will be asked to sign in with your professional email account.

Meeting ID: 845 2231 9908""",
  links=[('https://us02web.zoom.us/j/84522319908', 'https://zoom-us-invite.com/j/84522319908/auth')],
  domains=['zoom-us-invite.com'])

E('en27', 'en', 'spam', ('Butterfly Network', 'marketing@butterflynetwork.com'),
  'Handheld ultrasound for GPs - 20% off until 31 March', (2025, 3, 3, 15, 0),
  """Point-of-care ultrasound in your pocket.

Butterfly iQ3 connects to your smartphone and covers the whole body with a single probe. French GPs are using it for DVT screening, pleural effusion and bladder volume.

Spring offer: 20% off the probe + 1-year membership until 31 March.

[[1]]

Book a 20-minute live demo with our French-speaking team: [[2]]

Butterfly Network, Inc. | Burlington, MA | Unsubscribe [[3]]""",
  links=[('Shop the offer', 'https://store.butterflynetwork.com/fr/offer-spring'),
         ('Book a demo', 'https://www.butterflynetwork.com/demo?lang=fr'),
         ('Unsubscribe', 'https://go.butterflynetwork.com/unsubscribe')],
  domains=['butterflynetwork.com'])

E('en28', 'en', 'fraud', ('Journal of Advanced Medical Case Reports', 'jamcr@editorjournals.co.uk'),
  'Re: Your manuscript JAMCR-1187 - payment of publication fee', (2025, 3, 6, 5, 40),
  """Dear Author,

Your manuscript JAMCR-1187 has been peer reviewed and accepted for publication in Volume 8 Issue 3.

Please remit the publication fee of GBP 690 to the account below before the issue closes. On receipt we will send you the galley proof.

Beneficiary: Academic Scholarly Press Ltd
Bank: Metro Bank, London
Sort code: 23-05-80  Account: 41108862
IBAN: GB33MYMB23058041108862

Note: our previous account is under audit, please use only the account above.

Editorial Office, JAMCR
[[1]]""",
  links=[('www.jamcr-journal.com', 'https://www.jamcr-journal.com')],
  domains=['jamcr-journal.com'])

E('en29', 'en', 'legitimate', ('Editorial Manager - Journal of Hepatology', 'em@editorialmanager.com'),
  'Reviewer invitation JHEPAT-D-25-00412', (2025, 3, 21, 10, 18),
  """Dear Dr. Dubois,

I would like to invite you to review the manuscript "Non-invasive assessment of fibrosis in MASLD: a multicentre French cohort", submitted to Journal of Hepatology.

If you are willing to review this manuscript, please click the link below or log in to Editorial Manager as a Reviewer:

Agree to Review: [[1]]
Decline to Review: [[2]]

Your username is: cdubois7
If you forgot your password, you can click the 'Send Login Details' link on the login page at [[3]]

We hope you will be able to accept this invitation.

Kind regards,
Prof. Vlad Ratziu
Associate Editor, Journal of Hepatology

In compliance with data protection regulations, you may request that we remove your personal registration details at any time.""",
  links=[('Agree to Review', 'https://www.editorialmanager.com/jhepat/l.asp?i=88231&l=AAAA'),
         ('Decline to Review', 'https://www.editorialmanager.com/jhepat/l.asp?i=88232&l=BBBB'),
         ('https://www.editorialmanager.com/jhepat/', 'https://www.editorialmanager.com/jhepat/')],
  domains=['editorialmanager.com'])

E('en30', 'en', 'fraud', ('Google Workspace', 'workspace-noreply@gsuite-storage-alert.com'),
  'Storage full: incoming emails for your practice will be rejected', (2025, 2, 17, 7, 0),
  """Your Google Workspace storage is 100% full.

From 19 February, emails sent to your practice domain will bounce and patients will not be able to reach you.

Upgrade free of charge by confirming your administrator account:
[[1]]

Google Workspace Team""",
  links=[('Upgrade storage', 'https://sites.google.com/view/workspace-storage-upgrade-2025')],
  domains=['google.com'])

E('en31', 'en', 'legitimate', ('Hôpitaux Universitaires de Genève', 'noreply@hug.ch'),
  'Réinitialisation de votre mot de passe / Password reset - Portail médecins référents', (2025, 1, 9, 18, 47),
  """(English below)

Vous avez demandé la réinitialisation de votre mot de passe pour le portail des médecins référents des HUG.

-----
You requested a password reset for the HUG referring physicians portal.

Click the link below within 30 minutes to choose a new password:
[[1]]

If you did not make this request, you can ignore this email; your password will not change.

HUG - Hôpitaux Universitaires de Genève
Service informatique médicale""",
  links=[('https://portail-referents.hug.ch/reset?token=7c1e9a0b', 'https://portail-referents.hug.ch/reset?token=7c1e9a0b')],
  domains=['hug.ch'])

E('en32', 'en', 'spam', ('ERS Congress', 'info@ersnet.org'),
  'Abstract submission deadline extended - ERS Congress 2025 Amsterdam', (2025, 2, 10, 11, 0),
  """Dear colleague,

Due to numerous requests, the abstract submission deadline for the ERS Congress 2025 (Amsterdam, 27 September - 1 October) has been extended to 21 February, 23:59 CET.

Submit your abstract: [[1]]

Become an ERS member and benefit from reduced registration fees: [[2]]

European Respiratory Society, 4 Avenue Sainte-Luce, 1003 Lausanne, Switzerland""",
  links=[('Submit now', 'https://www.ersnet.org/congress-and-events/congress/abstracts/'),
         ('Membership', 'https://www.ersnet.org/membership/')],
  domains=['ersnet.org'])

E('en33', 'en', 'fraud', ('Mr. Edward Collins', 'e.collins@barrister-chambers-uk.com'),
  'Unclaimed estate of late Dr. Jean-Pierre Martin', (2024, 11, 28, 2, 15),
  """Dear Dr. Martin,

I am Barrister Edward Collins, personal attorney to the late Dr. Jean-Pierre Martin, a French national who worked with an oil consultancy in London before his death in a car accident in 2019. He left a deposit of GBP 4,750,000 with no known next of kin.

Since you share the same surname and profession, I propose to present you as the beneficiary. All legal documents will be prepared; I only need your full names, address, telephone and a copy of your ID.

Kindly reply only to my private email address (not this office line) for confidentiality.

Yours faithfully,
Barrister Edward Collins""",
  rt='edwardcollins.chambers@protonmail.com', html=False)

E('en34', 'en', 'spam', ('Doximity', 'digest@doximity.com'),
  'Colleagues viewed your profile this week', (2025, 1, 26, 13, 0),
  """Dr. Smith-Laurent, 4 people viewed your Doximity profile this week.

Complete your profile to be found by colleagues and recruiters: [[1]]

Trending in Internal Medicine:
- Should we deprescribe statins after 80? [[2]]

Doximity, 500 3rd St, San Francisco, CA 94107. Unsubscribe [[3]]""",
  links=[('Update profile', 'https://www.doximity.com/profile/edit'),
         ('Read', 'https://www.doximity.com/articles/deprescribe-statins'),
         ('Unsubscribe', 'https://www.doximity.com/unsubscribe/digest')],
  domains=['doximity.com'])

E('en35', 'en', 'legitimate', ('Dr. Rachel Goldberg', 'rgoldberg@mgh.harvard.edu'),
  'Visiting observership - confirmation of dates', (2025, 2, 12, 22, 30),
  """Dear Dr. Moreau,

I'm pleased to confirm your observership in our movement disorders clinic from 7 to 18 April 2025. Please complete the onboarding steps on the MGH observer page ([[1]]) at least three weeks before arrival; the hospital requires proof of immunisation and a signed confidentiality agreement.

I look forward to meeting you in Boston.

Best regards,
Rachel Goldberg, MD
Department of Neurology, Massachusetts General Hospital""",
  links=[('massgeneral.org/observers', 'https://www.massgeneral.org/education/observerships')],
  domains=['massgeneral.org'])

E('en36', 'en', 'fraud', ('Royal Mail', 'info@royalmail-redelivery.co.uk'),
  'Your parcel could not be delivered - customs fee £2.99', (2025, 1, 15, 16, 30),
  """Royal Mail

We attempted to deliver your parcel (medical samples) today but a customs fee of £2.99 is outstanding.

Please pay the fee to rearrange delivery: [[1]]

If the fee is not paid within 48 hours the item will be returned to the sender.""",
  links=[('Rearrange delivery', 'https://royalmail-redelivery.co.uk/pay')],
  domains=['royalmail-redelivery.co.uk'])

E('en37', 'en', 'spam', ('Oxford University Press', 'academic.marketing@oup.com'),
  'New edition: Oxford Handbook of Clinical Medicine, 11th ed. - 20% off', (2025, 3, 14, 9, 0),
  """The bestselling pocket companion, fully revised.

The 11th edition of the Oxford Handbook of Clinical Medicine is out. Use code OHCM20 for 20% off print and digital editions until 30 April.

[[1]]

You are receiving this because you opted in to OUP Medicine updates. Unsubscribe [[2]].
Oxford University Press, Great Clarendon Street, Oxford OX2 6DP, UK""",
  links=[('Order now', 'https://global.oup.com/academic/product/oxford-handbook-of-clinical-medicine-9780192893407'),
         ('here', 'https://global.oup.com/unsubscribe')],
  domains=['oup.com'])

E('en38', 'en', 'fraud', ('Outlook Web Access', 'admin@clinique-saint-roch-montpellier.fr'),
  'Shared file: Planning des gardes Q2 2025.xlsx', (2025, 3, 24, 12, 48),
  """Dr Sophie Arnaud shared a file with you

Planning des gardes Q2 2025.xlsx

[[1]]

This link will only work for direct recipients of this message. Sign in with your professional Microsoft 365 account to view.""",
  links=[('Open', 'https://planning-share.pages.dev/xlsx/?id=q2')],
  domains=['pages.dev'], envfrom='admin@clinique-saint-roch-montpellier.fr')

E('en39', 'en', 'legitimate', ('Laura Peeters', 'laura.peeters@uzleuven.be'),
  'Re: patient transfer Mrs. Janssens - imaging', (2025, 1, 29, 10, 55),
  """Dear colleague,

Thank you for your call this morning. The MRI images of Mrs Janssens can be downloaded from our secure transfer platform for 7 days via the link I sent separately (you will receive an SMS code). The written report is attached to the patient file we sent through eHealth.

For any question you can reach the neurology secretariat at +32 16 34 42 80.

Kind regards,
Dr. Laura Peeters
Neurologie, UZ Leuven""",
  phones=['+3216344280'], html=False)

E('en40', 'en', 'fraud', ('HMRC', 'refunds@hmrc-gov-taxrefund.uk'),
  'Tax refund notification - GBP 612.40', (2025, 4, 7, 9, 9),
  """HM Revenue & Customs

After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of GBP 612.40.

Please submit the tax refund request and allow us 3-5 business days to process it.

[[1]]

A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.""",
  links=[('Access your refund', 'https://hmrc-gov-taxrefund.uk/refund/claim')],
  domains=['hmrc-gov-taxrefund.uk'])

E('en41', 'en', 'spam', ('Swiss Medical Forum', 'events@smf-events.ch'),
  'Masterclass in Geneva: Dermoscopy for GPs (CHF 650, 16 credits)', (2025, 2, 21, 8, 0),
  """Dear Doctor,

Our two-day hands-on dermoscopy masterclass returns to Geneva on 13-14 June 2025. Taught in French and English, limited to 24 participants, 16 SIWF/FMH credits.

Programme and registration: [[1]]

Questions: +41 22 555 12 34

SMF Events Sàrl, Rue du Rhône 12, 1204 Genève""",
  links=[('smf-events.ch/dermoscopy', 'https://www.smf-events.ch/dermoscopy-2025')],
  phones=['+41225551234'], domains=['smf-events.ch'])

E('en42', 'en', 'fraud', ('Canada Immigration Services', 'physicians@canada-md-visa.com'),
  'Fast-track work permit for French physicians - Québec & Ontario', (2025, 3, 8, 14, 14),
  """Dear Doctor,

The Government of Canada has opened a FAST-TRACK pathway for French-trained physicians. You have been pre-selected based on your RPPS registration.

Benefits: guaranteed position, work permit in 30 days, family visas included.

To reserve your file, pay the processing deposit of CAD 1,200 and send us a copy of your passport and diploma. Book a call with our licensed consultant: +1 (416) 555-0199

[[1]]

Canada Immigration Services Inc.""",
  links=[('Start my application', 'https://canada-md-visa.com/apply')],
  phones=['+14165550199'], domains=['canada-md-visa.com'])

E('en43', 'en', 'legitimate', ('Collège des médecins du Québec', 'info@cmq.org'),
  'Your application for a restrictive permit - next steps', (2025, 3, 26, 15, 40),
  """Dear Dr. Girard,

We acknowledge receipt of your application file (no. 2025-0412) for a restrictive permit under the France-Québec Arrangement on the Mutual Recognition of Professional Qualifications.

Please log in to your online file to upload the missing document (certificate of professional conduct from the Conseil national de l'Ordre des médecins): [[1]]

We will never ask you for a payment by email. Fees are only paid through your secure online file.

Direction des études médicales
Collège des médecins du Québec""",
  links=[('cmq.org/en/my-file', 'https://www.cmq.org/en/my-file')],
  domains=['cmq.org'])

E('en44', 'en', 'spam', ('Elsevier Health', 'healthinfo@elsevier.com'),
  'ClinicalKey free trial for French hospital physicians', (2025, 1, 21, 11, 0),
  """Find answers faster with ClinicalKey.

Try ClinicalKey free for 30 days: 1,200+ journals, 1,100+ reference books, drug monographs and patient education in French.

[[1]]

This email was sent by Elsevier B.V., Radarweg 29, Amsterdam. Manage subscriptions [[2]].""",
  links=[('Start free trial', 'https://www.elsevier.com/products/clinicalkey/trial'),
         ('Manage subscriptions', 'https://communications.elsevier.com/preferences')],
  domains=['elsevier.com'])

# =====================================================================  FRANÇAIS
E('fr01', 'fr', 'fraud', ('Direction régionale de certification périodique', 'contact@certification-periodique-medecins.fr'),
  'Votre certification périodique : validation obligatoire avant le 31/03', (2025, 2, 4, 9, 12),
  """Docteur,

Conformément à l'ordonnance n° 2021-961, tout médecin inscrit au Tableau doit valider son parcours de certification périodique. Notre direction régionale constate que votre dossier n'est pas à jour.

Sans validation de votre part avant le 31 mars 2025, votre dossier sera transmis au Conseil de l'Ordre en vue d'une suspension de votre droit d'exercice.

Pour régulariser, connectez-vous avec vos identifiants Pro Santé Connect : [[1]]

Vous pouvez également joindre un conseiller au 01 84 80 22 61 (du lundi au vendredi).

Direction régionale de certification périodique - Pôle Île-de-France""",
  links=[('Accéder à mon espace certification', 'https://espace.certification-periodique-medecins.fr/psc/login')],
  phones=['+33184802261'], domains=['certification-periodique-medecins.fr'], campaign='drcp_validation')

E('fr02', 'fr', 'fraud', ('ANDPC - Mon DPC', 'notification@mondpc-agence.com'),
  'Votre forfait DPC 2025 de 1 834 € expire bientôt', (2025, 1, 13, 7, 30),
  """Bonjour Docteur,

Votre forfait individuel DPC 2025 d'un montant de 1 834 € n'a pas encore été utilisé. Les crédits non consommés au 28 février seront définitivement perdus.

Un conseiller de l'Agence vous accompagne gratuitement dans le choix de vos formations et la création de votre compte.

Je réserve mes formations : [[1]]

Cordialement,
Service Accompagnement - Agence nationale du DPC""",
  links=[('Je réserve mes formations', 'https://mondpc-agence.com/forfait?ref=2025')],
  domains=['mondpc-agence.com'], campaign='dpc_forfait')

E('fr03', 'fr', 'legitimate', ('Agence nationale du DPC', 'ne-pas-repondre@agencedpc.fr'),
  'Mon DPC - Réinitialisation de votre mot de passe', (2025, 2, 10, 21, 14),
  """Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte personnel sur www.mondpc.fr.

Pour définir un nouveau mot de passe, cliquez sur le lien ci-dessous (valable 24 heures) :
[[1]]

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.

L'Agence nationale du DPC""",
  links=[('https://www.mondpc.fr/mondpc/reinitialisation?jeton=5f0e2b91c7', 'https://www.mondpc.fr/mondpc/reinitialisation?jeton=5f0e2b91c7')],
  domains=['mondpc.fr'])

E('fr04', 'fr', 'fraud', ('Mon DPC', 'noreply@mondpc-fr.info'),
  'Réinitialisation de votre mot de passe Mon DPC', (2025, 3, 3, 5, 2),
  """Bonjour,

Une demande de réinitialisation du mot de passe de votre compte Mon DPC a été effectuée.

Si vous n'êtes pas à l'origine de cette demande, votre compte pourrait être compromis : sécurisez-le immédiatement en confirmant votre identité (numéro RPPS et mot de passe actuel).

[[1]]

Agence nationale du Développement Professionnel Continu""",
  links=[('Sécuriser mon compte', 'https://mondpc-fr.info/securite/confirm')],
  domains=['mondpc-fr.info'], campaign='mondpc_reset')

E('fr05', 'fr', 'legitimate', ('Conseil départemental de l\'Ordre des médecins de la Gironde', 'cdom33@cdom33.ordre.medecin.fr'),
  'Appel de cotisation ordinale 2025', (2025, 1, 6, 10, 0),
  """Chère Consœur, Cher Confrère,

Le Conseil national a fixé le montant de la cotisation ordinale 2025 à 345 € pour les médecins en activité.

Vous pouvez la régler en ligne, par carte bancaire ou prélèvement, depuis votre espace personnel sur le site du Conseil national : [[1]]

Nous vous rappelons que le paiement de la cotisation est une obligation déontologique. L'Ordre ne vous demandera jamais vos coordonnées bancaires par courriel ou par téléphone.

Le secrétariat reste à votre disposition au 05 56 00 00 00.

Le Président du Conseil départemental""",
  links=[('www.ordre.medecin.fr/cotisation', 'https://www.conseil-national.medecin.fr/cotisation')],
  phones=['+33556000000'], domains=['medecin.fr'])

E('fr06', 'fr', 'fraud', ('Ordre des Médecins', 'cotisation@ordre-medecins-france.org'),
  'DERNIER RAPPEL : cotisation ordinale impayée - risque de radiation', (2025, 3, 11, 8, 8),
  """Madame, Monsieur le Docteur,

Sauf erreur de notre part, votre cotisation ordinale 2025 (345,00 €) demeure impayée malgré nos précédentes relances.

En l'absence de règlement sous 72 heures, une procédure de radiation du Tableau sera engagée et votre numéro RPPS désactivé.

Régler ma cotisation par carte : [[1]]

Service des cotisations - Conseil National de l'Ordre des Médecins""",
  links=[('Régler ma cotisation', 'https://paiement.ordre-medecins-france.org/cb')],
  domains=['ordre-medecins-france.org'], campaign='cotis_radiation')

E('fr07', 'fr', 'legitimate', ('Agence du Numérique en Santé', 'ne-pas-repondre@esante.gouv.fr'),
  'Activez votre carte e-CPS', (2025, 1, 23, 14, 0),
  """Bonjour Docteur,

Votre carte e-CPS vous permet de vous authentifier via Pro Santé Connect sur les services numériques en santé (Ameli Pro, Mon DPC, messagerie MSSanté, DMP...).

Pour l'activer, téléchargez l'application e-CPS sur votre smartphone puis suivez les étapes décrites sur : [[1]]

L'ANS ne vous demandera jamais votre code e-CPS par courriel ou par téléphone.

L'équipe e-CPS
Agence du Numérique en Santé""",
  links=[('wallet.esw.esante.gouv.fr', 'https://wallet.esw.esante.gouv.fr/')],
  domains=['esante.gouv.fr'])

E('fr08', 'fr', 'fraud', ('Pro Santé Connect', 'securite@prosanteconnect-esante.fr'),
  'Votre carte e-CPS sera désactivée le 15/02', (2025, 2, 12, 6, 45),
  """Bonjour,

Dans le cadre de la mise à jour de sécurité du référentiel e-CPS, votre carte sera désactivée le 15 février si vous ne renouvelez pas votre certificat.

Renouvellement (2 minutes) : [[1]]

Munissez-vous de votre carte CPS et de son code PIN.

Agence du Numérique en Santé - Pro Santé Connect""",
  links=[('https://wallet.esw.esante.gouv.fr/renouvellement', 'https://prosanteconnect-esante.fr/ecps/renouvellement')],
  domains=['prosanteconnect-esante.fr'])

E('fr09', 'fr', 'fraud', ('Assurance Maladie', 'ameli@remboursement-ameli-pro.com'),
  'Régularisation de vos télétransmissions - action requise', (2025, 1, 17, 10, 25),
  """Assurance Maladie - amelipro

Docteur,

Suite à un incident technique, 14 feuilles de soins électroniques transmises entre le 02/12 et le 20/12 n'ont pas pu être liquidées. Pour débloquer le paiement de vos honoraires (1 276,50 €), merci de confirmer vos coordonnées bancaires (RIB) dans votre espace :

[[1]]

Service Relations Professionnels de Santé de votre CPAM""",
  links=[('Accéder à amelipro', 'https://remboursement-ameli-pro.com/espacepro')],
  domains=['remboursement-ameli-pro.com'], campaign='ameli_fse')

E('fr10', 'fr', 'legitimate', ('Assurance Maladie', 'ne-pas-repondre@assurance-maladie.fr'),
  'Votre relevé individuel d\'activité et de prescriptions (RIAP) est disponible', (2025, 2, 14, 8, 0),
  """Docteur,

Votre relevé individuel d'activité et de prescriptions (RIAP) du 4e trimestre 2024 est disponible dans votre espace amelipro, rubrique « Activités ».

Pour le consulter : [[1]]

Pour toute question, votre conseiller informatique service (CIS) de la CPAM reste joignable au 3608 (service gratuit + prix d'appel).

L'Assurance Maladie""",
  links=[('espacepro.ameli.fr', 'https://espacepro.ameli.fr/')],
  domains=['ameli.fr'])

E('fr11', 'fr', 'fraud', ('URSSAF', 'recouvrement@urssaf-pamc.fr'),
  'Mise en demeure - cotisations PAMC 2024', (2025, 3, 17, 9, 44),
  """URSSAF - Praticiens et auxiliaires médicaux

Mise en demeure avant poursuites

Docteur,

Nous constatons un défaut de paiement de vos cotisations personnelles 2024 pour un montant de 2 418,00 €. Faute de régularisation sous 8 jours, une majoration de 10 % sera appliquée et une procédure de recouvrement forcé engagée.

Consulter l'avis et payer : [[1]]

Votre interlocuteur : Mme Carpentier - 09 70 25 41 88""",
  links=[('Consulter mon avis', 'https://urssaf-pamc.fr/avis/2024')],
  phones=['+33970254188'], domains=['urssaf-pamc.fr'])

E('fr12', 'fr', 'legitimate', ('Urssaf', 'ne_pas_repondre@urssaf.fr'),
  'Un nouveau document est disponible dans votre espace', (2025, 2, 3, 12, 0),
  """Bonjour,

Un nouveau document est disponible dans votre espace en ligne : échéancier de cotisations 2025.

Pour le consulter, connectez-vous à votre espace sur [[1]].

Pour des raisons de sécurité, ce message ne contient aucun lien de paiement. L'Urssaf ne vous demandera jamais vos identifiants ni vos coordonnées bancaires par courriel.

Ceci est un message automatique, merci de ne pas y répondre.""",
  links=[('urssaf.fr', 'https://www.urssaf.fr/accueil/espace-personnel.html')],
  domains=['urssaf.fr'])

E('fr13', 'fr', 'spam', ('Forma-Santé Conseil', 'inscriptions@formasante-conseil.fr'),
  'Formations DPC 2025 : 100 % prises en charge par l\'ANDPC', (2025, 1, 15, 11, 30),
  """Docteur,

Forma-Santé Conseil, organisme de DPC enregistré auprès de l'ANDPC (n° 4521), vous propose ses programmes 2025 en e-learning et en présentiel :

- Repérage précoce des troubles du neurodéveloppement (14 h, Réf. 45212500012)
- Prise en charge de l'insuffisance cardiaque en ville (7 h)
- Antibiothérapie en soins primaires (classe virtuelle, 6 h)

Ces actions sont finançables sur votre forfait DPC et indemnisées selon les règles de l'Agence. L'inscription se fait directement sur votre compte www.mondpc.fr avec la référence du programme.

Catalogue complet : [[1]]

Se désinscrire : [[2]]

Forma-Santé Conseil - 12 rue des Carmes, 31000 Toulouse - 05 61 00 11 22""",
  links=[('formasante-conseil.fr/catalogue', 'https://www.formasante-conseil.fr/catalogue-2025'),
         ('lien de désinscription', 'https://www.formasante-conseil.fr/desinscription?m=8812')],
  phones=['+33561001122'], domains=['formasante-conseil.fr', 'mondpc.fr'], campaign='formasante')

E('fr14', 'fr', 'fraud', ('Service Formation Médicale', 'contact@dpc-validation-medecins.fr'),
  'RE: votre appel - création de votre compte DPC', (2025, 2, 19, 16, 2),
  """Bonjour Docteur,

Suite à notre échange téléphonique de ce jour, voici le récapitulatif :

- Formation « Gestion des risques en cabinet » 100 % financée, indemnisation de 945 € pour vous
- Création de votre compte DPC par notre conseillère

Pour finaliser, merci de nous retourner par mail votre identifiant et mot de passe Mon DPC ainsi que votre numéro RPPS, ou de nous rappeler au 07 56 81 44 30.

Bien cordialement,
Jessica - Service Formation Médicale""",
  phones=['+33756814430'], html=False, campaign='dpc_rappel')

E('fr15', 'fr', 'legitimate', ('Ordre des médecins - Conseil départemental du Rhône', 'conseil-69@ordre.medecin.fr'),
  'Certification périodique : information aux médecins', (2025, 1, 28, 15, 0),
  """Chère Consœur, Cher Confrère,

Nous vous informons que des démarchages abusifs se multiplient autour de la certification périodique : appels et SMS menaçant de radiation, faux conseillers proposant de « créer votre compte ».

Rappel : seul l'Ordre des médecins est compétent pour valider la certification périodique. L'ANS et l'ANDPC ne vous contacteront jamais directement pour vous proposer des actions. La « direction régionale de certification périodique » n'existe pas.

Ne communiquez jamais vos identifiants. En cas de doute, transmettez-nous les messages reçus.

Informations officielles : [[1]]

Bien confraternellement,
Le Bureau du Conseil départemental""",
  links=[('www.conseil-national.medecin.fr', 'https://www.conseil-national.medecin.fr/medecin/parcours-professionnel/certification-periodique')],
  domains=['medecin.fr'])

E('fr16', 'fr', 'spam', ('MedFormation+', 'newsletter@medformationplus.com'),
  '⏰ Plus que 3 jours pour utiliser votre forfait DPC !', (2025, 2, 25, 18, 0),
  """Docteur, ne laissez pas filer votre forfait !

Il ne reste que quelques places dans nos sessions e-learning de mars. Nos programmes sont publiés sur mondpc.fr et pris en charge dans la limite de votre forfait annuel par l'ANDPC.

✅ 100 % en ligne, à votre rythme
✅ Indemnisation selon le barème de l'Agence
✅ Hotline pédagogique 7j/7

JE M'INSCRIS [[1]]

Ou appelez Julie au 04 78 62 10 10, elle vous guide pas à pas (inscription faite par vous sur votre compte Mon DPC).

MedFormation+ SAS, organisme enregistré ANDPC n° 9987 - Lyon
Vous recevez ce mail car vous avez participé à l'une de nos formations. Désinscription [[2]]""",
  links=[('JE M\'INSCRIS', 'https://www.medformationplus.com/sessions-mars?utm=nl'),
         ('Désinscription', 'https://www.medformationplus.com/unsub')],
  phones=['+33478621010'], domains=['medformationplus.com', 'mondpc.fr'])

E('fr17', 'fr', 'fraud', ('Doctolib', 'support@doctolib-pro-securite.com'),
  'Doctolib Pro : suspension de votre agenda', (2025, 3, 7, 19, 30),
  """Bonjour Docteur,

Nous avons détecté une activité inhabituelle sur votre compte Doctolib Pro. Par mesure de sécurité, votre agenda en ligne sera suspendu et vos patients ne pourront plus prendre rendez-vous.

Pour éviter la suspension, vérifiez votre compte sous 24 h :
[[1]]

L'équipe Doctolib""",
  links=[('Vérifier mon compte', 'https://doctolib-pro-securite.com/login')],
  domains=['doctolib-pro-securite.com'], campaign='doctolib_susp')

E('fr18', 'fr', 'legitimate', ('Doctolib', 'no-reply@doctolib.fr'),
  'Réinitialisation de votre mot de passe Doctolib Pro', (2025, 1, 31, 13, 15),
  """Bonjour Dr Benali,

Vous avez demandé à réinitialiser votre mot de passe. Cliquez sur le bouton ci-dessous pour en choisir un nouveau. Ce lien expire dans 1 heure.

[[1]]

Si vous n'avez pas fait cette demande, vous pouvez ignorer cet e-mail ou contacter notre support.

L'équipe Doctolib""",
  links=[('Réinitialiser mon mot de passe', 'https://pro.doctolib.fr/password/edit?reset_password_token=Zq81kP')],
  domains=['doctolib.fr'])

E('fr19', 'fr', 'fraud', ('impots.gouv', 'dgfip-remboursement@gouv-impots-fr.com'),
  'Avis de remboursement - 318,70 €', (2025, 4, 10, 10, 10),
  """DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES

Après les derniers calculs annuels de votre activité professionnelle, nous avons déterminé que vous êtes éligible à un remboursement d'impôt de 318,70 €.

Veuillez remplir le formulaire et nous laisser 3 à 5 jours pour le traitement : [[1]]

Numéro de référence : FR-2025-88714""",
  links=[('Formulaire de remboursement', 'https://gouv-impots-fr.com/remboursement/formulaire')],
  domains=['gouv-impots-fr.com'])

E('fr20', 'fr', 'legitimate', ('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'),
  'Votre déclaration de revenus 2024 est disponible', (2025, 4, 10, 9, 0),
  """Bonjour,

La campagne de déclaration des revenus 2024 est ouverte. Votre déclaration en ligne est disponible dans votre espace particulier sur impots.gouv.fr.

Pour des raisons de sécurité, cet e-mail ne contient aucun lien. Rendez-vous directement sur le site impots.gouv.fr.

Les services de la DGFiP""",
  domains=['impots.gouv.fr'], html=False)

E('fr21', 'fr', 'spam', ('Salon Médec', 'info@medec-salon.fr'),
  'MEDEC 2025 : votre badge gratuit pour le congrès de la médecine générale', (2025, 2, 18, 10, 0),
  """Docteur,

Le MEDEC ouvre ses portes du 18 au 20 mars 2025 au Palais des Congrès de Paris : plus de 80 sessions de formation, 150 exposants et les ateliers pratiques de médecine générale.

Obtenez votre badge gratuit : [[1]]

Programme des ateliers : [[2]]

Vous recevez ce message car vous êtes inscrit à la lettre du MEDEC. Se désabonner [[3]]""",
  links=[('Je télécharge mon badge', 'https://www.medec-salon.fr/badge'),
         ('Programme', 'https://www.medec-salon.fr/programme'),
         ('Se désabonner', 'https://news.medec-salon.fr/u/12')],
  domains=['medec-salon.fr'])

E('fr22', 'fr', 'fraud', ('Crédit Agricole', 'service.client@ca-securite-clients.com'),
  'Activation obligatoire de SécuriPass', (2025, 1, 24, 20, 12),
  """Cher(e) client(e),

Dans le cadre de la directive européenne DSP2, l'activation de SécuriPass est obligatoire sur votre compte professionnel avant le 31/01/2025. Sans activation, vos opérations en ligne seront bloquées.

Activer SécuriPass : [[1]]

Votre conseiller""",
  links=[('Activer', 'https://ca-securite-clients.com/securipass/activation')],
  domains=['ca-securite-clients.com'])

E('fr23', 'fr', 'legitimate', ('Dr Hélène Marchand', 'helene.marchand@chu-lyon.fr'),
  'Avis pour Mme R. - nodule thyroïdien', (2025, 2, 26, 18, 40),
  """Bonsoir Cher Confrère,

Je reviens vers vous pour Mme R., 54 ans, que vous m'avez adressée pour son nodule thyroïdien : la cytoponction est Bethesda II, donc bénin. Je propose une simple surveillance échographique à 18 mois.

Le compte rendu complet vous a été envoyé par messagerie sécurisée (MSSanté). Si vous ne l'avez pas reçu, mon secrétariat est joignable au 04 72 11 00 00.

Bien confraternellement,
Dr Hélène Marchand
Service d'endocrinologie, Hospices Civils de Lyon""",
  phones=['+33472110000'], html=False)

E('fr24', 'fr', 'fraud', ('Secrétariat Dr Paul Garnier', 'paul.garnier.cardio@orange.fr'),
  'Dossier patient partagé', (2025, 3, 19, 11, 58),
  """Bonjour,

Je vous transmets le dossier d'un patient commun (compte rendu + ECG) via notre espace de partage sécurisé.

Consulter le dossier : [[1]]

Vous devrez vous identifier avec votre adresse professionnelle pour des raisons de confidentialité.

Cordialement,
Dr Paul Garnier""",
  links=[('Dossier_patient_CR_ECG.pdf', 'https://docs-partage-medical.weebly.com/dossier')],
  domains=['weebly.com'], campaign='garnier_compromis')

E('fr25', 'fr', 'spam', ('Weda', 'marketing@weda.fr'),
  'Passez au logiciel médical 100 % web : 2 mois offerts', (2025, 3, 4, 9, 0),
  """Docteur,

Vous changez de logiciel médical ou vous vous installez ? Weda est un logiciel 100 % web, certifié Ségur, compatible DMP, ordonnance numérique et ApCV.

Jusqu'au 30 avril : 2 mois d'abonnement offerts et migration de vos données prise en charge.

Demander une démonstration : [[1]]

Weda - une solution Cegedim Santé. Pour ne plus recevoir nos offres : [[2]]""",
  links=[('Demander une démo', 'https://www.weda.fr/demo?utm_campaign=printemps2025'),
         ('désinscription', 'https://www.weda.fr/desinscription')],
  domains=['weda.fr'])

E('fr26', 'fr', 'fraud', ('CARMF', 'cotisations@carmf-retraite.org'),
  'Remboursement de trop-perçu de cotisations retraite', (2025, 2, 28, 13, 5),
  """Caisse Autonome de Retraite des Médecins de France

Docteur,

Après révision de votre dossier, un trop-perçu de 1 142,00 € sur vos cotisations 2023 a été constaté. Afin de procéder au remboursement, veuillez compléter le formulaire sécurisé avec vos coordonnées bancaires :

[[1]]

Sans réponse de votre part sous 15 jours, le montant sera reversé au fonds de solidarité.""",
  links=[('Formulaire de remboursement', 'https://carmf-retraite.org/remboursement')],
  domains=['carmf-retraite.org'])

E('fr27', 'fr', 'legitimate', ('CARMF', 'no-reply@carmf.fr'),
  'Votre appel de cotisations 2025 est disponible', (2025, 1, 20, 8, 30),
  """Docteur,

Votre appel de cotisations 2025 est disponible dans votre espace personnel sur le site de la CARMF. Vous pouvez y consulter le détail des régimes de base, complémentaire et ASV, et opter pour le prélèvement mensuel.

Accéder à mon espace : [[1]]

La CARMF ne vous demande jamais vos coordonnées bancaires par courriel.

Caisse Autonome de Retraite des Médecins de France - 46 rue Saint-Ferdinand, 75841 Paris Cedex 17""",
  links=[('www.carmf.fr', 'https://www.carmf.fr/page.php?page=espace-personnel')],
  domains=['carmf.fr'])

E('fr28', 'fr', 'spam', ('Cabinet Delorme Assurances', 'contact@delorme-assurances.fr'),
  'RCP médecins : êtes-vous bien couvert en 2025 ?', (2025, 1, 10, 14, 0),
  """Docteur,

Votre responsabilité civile professionnelle arrive peut-être à échéance. Cabinet indépendant spécialisé dans les professions de santé depuis 1998, nous comparons pour vous les offres des principaux assureurs (RCP, prévoyance, multirisque cabinet).

Étude gratuite en 48 h : [[1]] ou au 02 40 12 34 56.

Cabinet Delorme Assurances - courtier ORIAS 07 012 345 - Nantes
Conformément au RGPD, vous pouvez vous opposer à nos envois : [[2]]""",
  links=[('Demander mon étude', 'https://www.delorme-assurances.fr/etude-rcp'),
         ('désinscription', 'https://www.delorme-assurances.fr/stop')],
  phones=['+33240123456'], domains=['delorme-assurances.fr'])

E('fr29', 'fr', 'fraud', ('HAS - Haute Autorité de Santé', 'evaluation@has-sante-certif.fr'),
  'Enquête obligatoire - indicateurs qualité de votre cabinet', (2025, 3, 13, 10, 33),
  """Haute Autorité de Santé

Madame, Monsieur,

Dans le cadre de la certification périodique, la HAS conduit une enquête obligatoire sur les indicateurs de qualité des cabinets de ville. Votre participation conditionne la validation de votre 3e bloc.

Merci de compléter le questionnaire en vous connectant avec votre carte CPS avant le 31 mars : [[1]]

Une participation aux frais de traitement de 49 € vous sera demandée en fin de questionnaire.""",
  links=[('Répondre à l\'enquête', 'https://has-sante-certif.fr/enquete')],
  domains=['has-sante-certif.fr'])

E('fr30', 'fr', 'legitimate', ('Haute Autorité de Santé', 'newsletter@has-sante.fr'),
  'HAS Actualités - nouvelles recommandations', (2025, 2, 6, 16, 0),
  """HAS Actualités n° 142

- Recommandation : prise en charge de l'obésité de l'adulte en premier recours [[1]]
- Fiche mémo : antibiothérapie des infections urinaires communautaires, mise à jour [[2]]
- Certification périodique : la HAS publie les référentiels des CNP [[3]]

Pour vous désabonner, rendez-vous sur votre espace abonné.""",
  links=[('Lire', 'https://www.has-sante.fr/jcms/p_3512345/fr/obesite-adulte'),
         ('Lire', 'https://www.has-sante.fr/jcms/p_3412345/fr/infections-urinaires'),
         ('Lire', 'https://www.has-sante.fr/jcms/p_3612345/fr/certification-periodique-referentiels')],
  domains=['has-sante.fr'])

E('fr31', 'fr', 'fraud', ('ARS Occitanie', 'ars-occitanie@ars-sante-gouv.fr'),
  'Vaccination : déclaration obligatoire des stocks - sanction administrative', (2025, 1, 7, 9, 50),
  """Agence Régionale de Santé Occitanie

Docteur,

Vous êtes tenu de déclarer vos stocks de vaccins avant le 10 janvier sur la plateforme régionale. À défaut, une sanction administrative de 750 € pourra être prononcée.

Déclarer mes stocks : [[1]] (connexion par identifiant ameli pro)""",
  links=[('Déclarer', 'https://ars-sante-gouv.fr/occitanie/declaration')],
  domains=['ars-sante-gouv.fr'])

E('fr32', 'fr', 'legitimate', ('ARS Bretagne', 'ars-bretagne-alerte@ars.sante.fr'),
  'DGS-Urgent / Information : rougeole - cas groupés en Ille-et-Vilaine', (2025, 3, 20, 17, 5),
  """Mesdames, Messieurs les Docteurs,

L'ARS Bretagne vous informe de la survenue de 6 cas de rougeole dans le secteur de Rennes depuis le 10 mars. Nous vous rappelons l'importance de vérifier le statut vaccinal de vos patients (2 doses de ROR) et de signaler sans délai tout cas suspect à la plateforme de veille au 09 74 50 00 09.

Recommandations et fiche de signalement : [[1]]

Direction de la santé publique - ARS Bretagne""",
  links=[('www.bretagne.ars.sante.fr', 'https://www.bretagne.ars.sante.fr/rougeole-conduite-tenir')],
  phones=['+33974500009'], domains=['sante.fr'])

E('fr33', 'fr', 'spam', ('Laboratoire Biosynex', 'communication@biosynex.com'),
  'Nouveau : TROD angine en officine et en cabinet', (2025, 1, 30, 10, 15),
  """Docteur,

Notre test rapide d'orientation diagnostique de l'angine à streptocoque A est désormais disponible en boîte de 25 pour les cabinets médicaux. Résultat en 5 minutes.

Commander ou recevoir un échantillon : [[1]]

Biosynex - Illkirch-Graffenstaden. Pour vous désabonner : [[2]]""",
  links=[('Je commande', 'https://www.biosynex.com/fr/trod-angine'),
         ('cliquez ici', 'https://www.biosynex.com/fr/desabonnement')],
  domains=['biosynex.com'])

E('fr34', 'fr', 'fraud', ('Chronopost', 'suivi@chronopost-livraison-colis.info'),
  'Votre colis est en attente - frais de 1,99 €', (2025, 2, 8, 15, 20),
  """Bonjour,

Votre colis n° XW814422FR n'a pas pu être livré à votre cabinet car des frais de réexpédition de 1,99 € restent à régler.

Programmer une nouvelle livraison : [[1]]""",
  links=[('Payer et reprogrammer', 'https://chronopost-livraison-colis.info/reprogrammer')],
  domains=['chronopost-livraison-colis.info'])

E('fr35', 'fr', 'legitimate', ('Service RH - CH de Valence', 'drh-medicale@ch-valence.fr'),
  'Urgent : pièces manquantes à votre dossier de recrutement', (2025, 3, 25, 16, 30),
  """Bonjour Docteur,

Votre prise de fonction en tant que praticien contractuel aux urgences est prévue le 1er avril. Il manque encore à votre dossier :
- l'attestation d'inscription au Tableau de l'Ordre,
- la copie de votre pièce d'identité,
- un RIB pour le versement des émoluments.

Merci de les déposer au bureau des affaires médicales (bâtiment A, 2e étage) ou de les transmettre par cette adresse. Pour toute question : 04 75 75 00 00.

Cordialement,
Claire Fontaine
Direction des affaires médicales - Centre hospitalier de Valence""",
  phones=['+33475750000'], html=False)

E('fr36', 'fr', 'fraud', ('Dr Marc Lemoine', 'marc.lemoine.med@gmail.com'),
  'Service urgent', (2025, 3, 27, 10, 2),
  """Bonjour cher confrère,

Es-tu disponible ? J'ai besoin d'un petit service assez urgent, je suis en séminaire et ne peux pas téléphoner. Peux-tu me répondre par mail dès que tu vois ce message ?

Marc""",
  html=False)

E('fr37', 'fr', 'spam', ('Congrès Médecine Générale France', 'info@congresmg.fr'),
  'CMGF 2025 : inscriptions ouvertes - tarif préférentiel jusqu\'au 15 février', (2025, 1, 9, 9, 0),
  """Chers collègues,

Le 19e Congrès de la Médecine Générale France se tiendra au Palais des Congrès de Paris du 27 au 29 mars 2025.

Au programme : plus de 200 sessions, ateliers pratiques, sessions labellisées DPC.

S'inscrire au tarif préférentiel : [[1]]

Le comité d'organisation""",
  links=[('www.congresmg.fr/inscription', 'https://www.congresmg.fr/inscription')],
  domains=['congresmg.fr'])

E('fr38', 'fr', 'fraud', ('Médecin Conseil CPAM', 'medecin.conseil@cpam-controle.fr'),
  'Contrôle de vos prescriptions d\'arrêts de travail - convocation', (2025, 2, 21, 14, 7),
  """Docteur,

Le service du contrôle médical a relevé un nombre d'arrêts de travail prescrits supérieur à la moyenne régionale. Une procédure de mise sous objectif (MSO) pourrait être engagée.

Afin de présenter vos observations, vous êtes invité à remplir le formulaire contradictoire en ligne et à joindre la copie de votre carte CPS : [[1]]

À défaut de réponse sous 10 jours, une pénalité financière sera appliquée.

Dr F. Mercier, Médecin Conseil""",
  links=[('Formulaire contradictoire', 'https://cpam-controle.fr/mso/formulaire')],
  domains=['cpam-controle.fr'])

E('fr39', 'fr', 'legitimate', ('CPAM de la Loire-Atlantique', 'pspro.cpam-nantes@assurance-maladie.fr'),
  'Invitation : échange confraternel sur les arrêts de travail', (2025, 3, 5, 11, 0),
  """Docteur,

Dans le cadre de l'accompagnement des prescripteurs, le Dr Morin, praticien conseil de l'échelon local du service médical, souhaite vous rencontrer pour un échange confraternel sur vos prescriptions d'indemnités journalières.

Cet entretien n'est pas une procédure de contrôle. Il peut avoir lieu à votre cabinet ou par téléphone. Merci de contacter le secrétariat au 02 51 88 00 00 pour convenir d'un rendez-vous.

Les données vous concernant sont consultables dans votre espace amelipro.

Service médical de la Loire-Atlantique""",
  phones=['+33251880000'], html=False)

E('fr40', 'fr', 'spam', ('Cabinet Ergo Conseil', 'hello@ergoconseil-cabinet.fr'),
  'Docteur, votre cabinet mérite un secrétariat à distance', (2025, 2, 13, 8, 15),
  """Bonjour Docteur,

Débordé par le téléphone ? Nos secrétaires médicales à distance prennent vos appels de 8 h à 19 h, gèrent votre agenda et filtrent les urgences. Sans engagement, à partir de 149 € HT/mois.

Essai gratuit de 15 jours : [[1]]

Appelez-nous : 01 76 54 32 10 !!

Cabinet Ergo Conseil SAS - Paris 11e - Pour ne plus recevoir nos e-mails, répondez STOP.""",
  links=[('Essayer gratuitement', 'https://www.ergoconseil-cabinet.fr/essai')],
  phones=['+33176543210'], domains=['ergoconseil-cabinet.fr'])

E('fr41', 'fr', 'fraud', ('Ordre des Médecins - Pôle Certification', 'certification@cnom-certification.fr'),
  'Convocation : entretien de certification périodique', (2025, 3, 18, 8, 30),
  """Docteur,

Dans le cadre de la certification périodique, vous êtes convoqué à un entretien téléphonique obligatoire avec un conseiller du Pôle Certification.

Merci de confirmer votre créneau et de renseigner votre numéro RPPS et vos identifiants Mon DPC sur le formulaire suivant : [[1]]

À défaut, votre dossier sera transmis à la chambre disciplinaire.

Pôle Certification - Conseil national de l'Ordre des médecins
Tél. : 01 89 71 20 40""",
  links=[('Confirmer mon entretien', 'https://cnom-certification.fr/rdv')],
  phones=['+33189712040'], domains=['cnom-certification.fr'])

E('fr42', 'fr', 'legitimate', ('MSSanté', 'ne-pas-repondre@mssante.fr'),
  'Votre boîte aux lettres MSSanté : code de vérification', (2025, 2, 24, 9, 48),
  """Bonjour,

Voici votre code de vérification pour accéder à votre messagerie MSSanté : 739104

Ce code est valable 10 minutes. Si vous n'avez pas tenté de vous connecter, changez votre mot de passe depuis [[1]].

Ne communiquez jamais ce code.

L'équipe MSSanté - Agence du Numérique en Santé""",
  links=[('mailiz.mssante.fr', 'https://mailiz.mssante.fr/')],
  domains=['mssante.fr'])

E('fr43', 'fr', 'fraud', ('Conseillère Formation', 'julie.formation.dpc@outlook.fr'),
  'Docteur, vous avez 3 formations financées non utilisées', (2025, 1, 29, 12, 12),
  """Bonjour Dr,

Je me permet de vous contacter car vous avez encore des heures de formation financées par l'état non utilisées pour cette année. Si vous ne les utilisez pas avant fin mars elle seront perdues et cela peut bloquer votre certification.

Je peux créer votre compte et m'occuper de tout, il faut juste me rappeler au 06 44 87 21 90 ou m'envoyer votre numéro de sécurité sociale et votre mot de passe ameli pro.

Bien à vous,
Julie, conseillère formation agréée""",
  phones=['+33644872190'], html=False)

E('fr44', 'fr', 'spam', ('La Revue du Praticien', 'abonnements@larevuedupraticien.fr'),
  'Offre spéciale : 1 an d\'abonnement + accès aux archives à -40 %', (2025, 3, 10, 7, 0),
  """Docteur,

Pour le lancement de notre nouvelle formule, profitez de 40 % de réduction sur votre abonnement d'un an (papier + numérique + archives).

Je m'abonne : [[1]]

Offre valable jusqu'au 31 mars 2025. Gérer mes préférences : [[2]]""",
  links=[('Je m\'abonne', 'https://www.larevuedupraticien.fr/abonnement?offre=40'),
         ('ici', 'https://www.larevuedupraticien.fr/preferences')],
  domains=['larevuedupraticien.fr'])

E('fr45', 'fr', 'legitimate', ('Ordre des médecins - CDOM 13', 'cdom13@13.medecin.fr'),
  'Élections ordinales 2025 : vote électronique - vos identifiants', (2025, 4, 3, 10, 0),
  """Chère Consœur, Cher Confrère,

Les élections au Conseil départemental des Bouches-du-Rhône se dérouleront par vote électronique du 14 au 24 avril 2025.

Vous recevrez par courrier postal votre identifiant de vote, et par SMS votre mot de passe. Le vote s'effectue exclusivement sur la plateforme sécurisée : [[1]]

Le Conseil ne vous demandera jamais ces identifiants par courriel ou téléphone.

Le Secrétaire général""",
  links=[('vote.ordre.medecin.fr', 'https://vote.ordre.medecin.fr/cdom13')],
  domains=['medecin.fr'])

E('fr46', 'fr', 'fraud', ('ameli', 'carte.vitale@ameli-renouvellement.fr'),
  'Votre carte Vitale arrive à expiration', (2025, 2, 2, 11, 11),
  """Assurance Maladie

Bonjour,

Votre carte Vitale arrive à expiration. Pour continuer à bénéficier de vos remboursements, commandez votre nouvelle carte (frais d'envoi : 1,49 €).

[[1]]

ameli, pour vous et avec vous.""",
  links=[('Commander ma nouvelle carte', 'https://ameli-renouvellement.fr/commande')],
  domains=['ameli-renouvellement.fr'])

E('fr47', 'fr', 'spam', ('Sanofi Médical', 'infomed@sanofi.com'),
  'Webinaire : prise en charge de la dermatite atopique sévère', (2025, 3, 6, 12, 0),
  """Docteur,

Sanofi vous invite à un webinaire animé par le Pr A. Dupuis (CHU de Toulouse) le jeudi 3 avril à 20 h 30 : « Dermatite atopique sévère de l'adulte : quand adresser, comment suivre ? ».

Inscription : [[1]]

Cette communication est réservée aux professionnels de santé. Vous pouvez vous opposer à ces envois : [[2]]""",
  links=[('Je m\'inscris', 'https://www.sanofi.fr/fr/webinaires/dermatite-atopique'),
         ('Opposition', 'https://www.sanofi.fr/fr/preferences')],
  domains=['sanofi.fr'])

E('fr48', 'fr', 'legitimate', ('Secrétariat Cabinet Pasteur', 'secretariat.cabinetpasteur@gmail.com'),
  'Remplacement du 12 au 23 mai - contrat', (2025, 3, 28, 14, 22),
  """Bonjour Docteur,

Comme convenu avec le Dr Aubert, vous trouverez ci-joint le contrat de remplacement pour la période du 12 au 23 mai. Merci de nous le retourner signé, avec une copie de votre licence de remplacement délivrée par le Conseil de l'Ordre, pour transmission au conseil départemental.

Le code de l'alarme vous sera communiqué de vive voix la veille.

Bien cordialement,
Nathalie, secrétaire du cabinet
05 55 00 11 22""",
  phones=['+33555001122'], html=False)

E('fr49', 'fr', 'fraud', ('Service Client SFR', 'sfr-facture@sfr-clients-services.com'),
  'Echec de prélèvement - votre ligne sera suspendue', (2025, 1, 11, 9, 0),
  """Bonjour,

Le prélèvement de votre facture du mois (59,99 €) a été rejeté par votre banque. Votre ligne fixe et internet du cabinet seront suspendues sous 48 h.

Mettre à jour mon moyen de paiement : [[1]]

SFR Business""",
  links=[('Régulariser', 'https://sfr-clients-services.com/paiement')],
  domains=['sfr-clients-services.com'])

E('fr50', 'fr', 'spam', ('Medicalib Formation', 'contact@medicalib-formation.fr'),
  'RE: RE: Docteur, avez-vous pensé à votre certification périodique ?', (2025, 3, 14, 17, 45),
  """Docteur,

Je me permets de vous relancer une troisième fois : la certification périodique impose de réaliser des actions sur 4 blocs tous les 6 ans, et beaucoup de médecins prennent du retard.

Notre organisme (enregistré ANDPC n° 7733, certifié Qualiopi) propose des parcours clés en main. Vous vous inscrivez vous-même sur mondpc.fr, nous ne vous demandons aucun identifiant.

Réservez 10 min avec un conseiller pédagogique : 03 20 55 66 77 ou [[1]]

Bien à vous,
Thomas Leclerc - Medicalib Formation, Lille
Pour ne plus être contacté : [[2]]""",
  links=[('medicalib-formation.fr/rdv', 'https://www.medicalib-formation.fr/rdv'),
         ('désinscription', 'https://www.medicalib-formation.fr/stop')],
  phones=['+33320556677'], domains=['medicalib-formation.fr', 'mondpc.fr'])

E('fr51', 'fr', 'legitimate', ('Agence nationale du DPC', 'communication@agencedpc.fr'),
  'Lettre d\'information de l\'ANDPC - mars 2025', (2025, 3, 12, 10, 0),
  """Lettre d'information - mars 2025

- Orientations prioritaires 2023-2025 : rappel des thématiques finançables
- Vigilance : des sociétés se faisant passer pour l'Agence démarchent les professionnels. L'ANDPC ne vous contacte jamais pour vous proposer une formation ou vous demander vos identifiants.
- Votre forfait 2025 : consultez votre solde sur votre compte Mon DPC [[1]]

Retrouvez toutes nos actualités sur [[2]]

Agence nationale du DPC - 2 rue des Ursulines, 93200 Saint-Denis""",
  links=[('www.mondpc.fr', 'https://www.mondpc.fr'),
         ('www.agencedpc.fr', 'https://www.agencedpc.fr/actualites')],
  domains=['mondpc.fr', 'agencedpc.fr'])

E('fr52', 'fr', 'fraud', ('Agence du Numérique en Santé', 'ans@esante-gouv.info'),
  'Ouverture de votre compte certification périodique', (2025, 3, 21, 7, 40),
  """Madame, Monsieur,

L'Agence du Numérique en Santé a ouvert votre compte individuel de certification périodique. Pour l'activer, un conseiller vous appellera dans les prochains jours afin de vérifier votre identité.

Vous pouvez dès à présent préremplir votre dossier : [[1]]

Le non-respect de l'obligation de certification expose à des sanctions, y compris la radiation.

Agence du Numérique en Santé
Ministère de la Santé""",
  links=[('https://certification.esante.gouv.fr/activation', 'https://esante-gouv.info/certification/activation')],
  domains=['esante-gouv.info'])

E('sp01', 'en', 'spam', ('Philips Healthcare', 'newsletter@philips.com'),
  'Webinar: AI-assisted ECG interpretation in primary care', (2025, 3, 19, 10, 0),
  """Join our free 45-minute webinar on 8 April (18:00 CET), in English with French subtitles: how AI-assisted ECG reading fits into a GP consultation, with a live demo of our portable 12-lead device.

Register: [[1]]

Philips Healthcare. You can unsubscribe at any time: [[2]]""",
  links=[('Register', 'https://www.philips.fr/healthcare/events/webinar-ecg-ai'),
         ('unsubscribe', 'https://www.philips.com/a-w/unsubscribe.html')],
  domains=['philips.fr', 'philips.com'])

E('sp02', 'en', 'spam', ('Amboss', 'team@amboss.com'),
  "Last chance: 30% off AMBOSS for physicians (ends Sunday)", (2025, 2, 28, 19, 0),
  """Hi Doctor,

Only 3 days left! Get 30% off your annual AMBOSS membership - the clinical knowledge platform used by 1 million+ doctors. Now with a growing library of French-language clinical guides.

Claim your discount: [[1]]

Don't miss out!!
The AMBOSS team

AMBOSS GmbH, Torstrasse 19, 10119 Berlin. Unsubscribe: [[2]]""",
  links=[('Claim 30% off', 'https://www.amboss.com/us/pricing?promo=SPRING30'),
         ('Unsubscribe', 'https://go.amboss.com/unsubscribe')],
  domains=['amboss.com'])

E('sp03', 'fr', 'spam', ('Matériel Médical Pro', 'promo@materielmedicalpro.fr'),
  'Destockage : tables d\'examen électriques -35 % !!! Livraison offerte', (2025, 1, 27, 7, 45),
  """DESTOCKAGE EXCEPTIONNEL

Docteur, renouvelez votre équipement à prix cassés :
- Table d'examen électrique 3 plans : 1 290 € HT au lieu de 1 990 €
- Tensiomètre électronique validé ESH : 89 € HT
- Otoscope LED + spéculums : 59 € HT

Stocks limités, livraison offerte dès 300 € : [[1]]
Service commercial : 03 88 00 45 67

Matériel Médical Pro - Strasbourg - Désabonnement : [[2]]""",
  links=[('www.materielmedicalpro.fr/destockage', 'https://www.materielmedicalpro.fr/destockage'),
         ('désabonnement', 'https://www.materielmedicalpro.fr/newsletter/stop')],
  phones=['+33388004567'], domains=['materielmedicalpro.fr'])

E('sp04', 'fr', 'spam', ('Société Française de Médecine du Sport', 'congres@sfmes.org'),
  'Congrès SFMES 2025 - appel à communications', (2025, 2, 5, 14, 0),
  """Chères et chers collègues,

Le congrès commun SFMES-SFTS se tiendra à Marseille du 2 au 4 octobre 2025. L'appel à communications est ouvert jusqu'au 30 avril.

Soumettre un résumé et s'inscrire : [[1]]

Le comité scientifique""",
  links=[('sfmes.org/congres2025', 'https://www.sfmes.org/congres-2025')],
  domains=['sfmes.org'])

# =====================================================================  SMS / APPELS (tapés par le médecin)
T('sms01', 'fr', 'fraud', 'SMS bizarre reçu ce matin',
  """Bonjour,
J'ai reçu ce SMS ce matin à 7h12, expéditeur affiché « ANDPC » :

"Dr, votre forfait DPC 2025 expire le 31/03. Sans action, vos droits seront perdus. Activez-les : andpc-forfait.com/dr"

Je n'ai pas cliqué. C'est normal ?""",
  domains=['andpc-forfait.com'], date=(2025, 3, 10, 7, 12))

T('sms02', 'fr', 'fraud', 'Appel certification périodique - menace radiation',
  """Madame, Monsieur,

Je tiens à vous signaler un appel reçu hier vers 14h au cabinet. Une femme se présentant comme « la direction régionale de la certification périodique » a exigé de me parler personnellement, en disant que si je ne validais pas ma certification avant la fin du mois je serais radié. Elle voulait que je lui donne mon numéro RPPS et que je crée mon compte « avec elle » pendant l'appel. Ma secrétaire a noté le numéro : 01 87 65 43 21.

J'ai raccroché mais j'ai trouvé ça très insistant, et ma secrétaire a eu peur. Merci de me dire si je dois faire quelque chose.

Bien confraternellement""",
  phones=['+33187654321'], kind='call', date=(2025, 2, 13, 14, 0))

T('sms03', 'fr', 'fraud', 'SMS ameli',
  """sms reçu de "AMELI" le 4/03 : "Votre carte vitale expire, renouvelez la sur ameli-cartevitale-renouv.fr avant le 06/03 sinon vos droits seront bloqués"
pour info""",
  domains=['ameli-cartevitale-renouv.fr'], date=(2025, 3, 4, 18, 0))

T('sms04', 'fr', 'legitimate', 'Est-ce vraiment l\'Ordre ?',
  """Bonjour,

J'ai reçu un SMS d'un numéro court signé « ORDRE MEDECINS » qui dit : « Elections ordinales : votre mot de passe de vote est 7KQ2-P9XM. Votez sur vote.ordre.medecin.fr jusqu'au 24/04. » 

J'ai aussi reçu un courrier la semaine dernière. Avec tout ce qu'on entend sur les arnaques, je préfère vérifier avant de voter : est-ce bien vous ?

Cordialement""",
  domains=['medecin.fr'], date=(2025, 4, 14, 9, 30))

T('sms05', 'fr', 'fraud', 'Appel pour formation DPC',
  """Bonjour,

Encore un appel ce midi : un monsieur très poli, soi-disant de « l'Agence nationale du DPC », qui me propose de « débloquer mes 21 heures de formation » et de m'indemniser 1 200 €. Il voulait mon identifiant Mon DPC pour m'inscrire lui-même. Quand j'ai demandé le nom de son organisme il a raccroché. Numéro affiché : 09 78 45 12 36.

Dr Lambert""",
  phones=['+33978451236'], kind='call', date=(2025, 1, 22, 12, 30))

T('sms06', 'fr', 'fraud', 'Fwd SMS',
  """SMS de 06 51 22 87 40 : "Bonjour Docteur, c'est Karine de la CPAM, merci de me rappeler au plus vite concernant un indu sur vos FSE, sinon saisie sur honoraires." 
Elle parle pas comme la CPAM. Je rappelle ou pas ?""",
  phones=['+33651228740'], date=(2025, 2, 20, 10, 0))

T('sms07', 'fr', 'fraud', 'Tentative de phishing par SMS (Doctolib)',
  """Bonjour,
SMS reçu de l'expéditeur "Doctolib" : "Votre compte pro sera désactivé aujourd'hui. Confirmez vos informations : doctolib-pro-verif.com". Transmis pour votre information.""",
  domains=['doctolib-pro-verif.com'], date=(2025, 3, 8, 11, 0))

T('sms08', 'en', 'fraud', 'Suspicious text message about my GMC registration',
  """Hello,

I'm a British GP working in France (Lot-et-Garonne) but I kept my UK registration. This morning I got a text from "GMC-UK": "Your licence to practise will be revoked today. Confirm your revalidation details at gmc-revalidate-uk.com to avoid removal."

I haven't clicked anything. I thought you might want to warn other doctors with UK registration.

Best regards""",
  domains=['gmc-revalidate-uk.com'], date=(2025, 1, 21, 8, 40))

T('sms09', 'en', 'fraud', 'Phone call - "NHS agency"',
  """Dear Sir/Madam,

I'm an Irish doctor registered in France. Yesterday evening a man called me on my mobile claiming to be from "NHS Locum Direct". He said they had a locum post for me in Manchester and needed a photo of my passport and my French carte professionnelle by WhatsApp to "start the compliance checks", plus a £150 deposit. He called from +44 7700 900555 and then sent WhatsApp messages from the same number.

I refused. Reporting in case others are targeted.

Kind regards""",
  phones=['+447700900555'], kind='call', date=(2025, 2, 5, 19, 0))

T('sms10', 'en', 'legitimate', 'Is this text genuine?',
  """Hi,

I got this text after trying to log into my Microsoft account from my new laptop: "Microsoft account: Use 551904 as your security code." It came from a short number. I did request a code, but the council's newsletter said to be careful with codes, so I'm checking. Is it fine to use it?

Thanks""",
  date=(2025, 3, 16, 21, 0))

T('sms11', 'fr', 'fraud', 'Appel de "l\'Ordre"',
  """Appel reçu au cabinet le 12/03 à 11h40 d'une personne se disant « service juridique de l'Ordre des médecins » : je ferais l'objet d'une plainte d'un patient et il faudrait régler 380 € de « frais de médiation » par virement pour éviter une procédure disciplinaire. Rappel demandé au 01 84 25 67 90. Je n'ai rien payé.""",
  phones=['+33184256790'], kind='call', date=(2025, 3, 12, 11, 40))

T('sms12', 'fr', 'legitimate', 'SMS reçu de la CPAM ?',
  """Bonjour,

Je vous transmets le texte d'un SMS reçu de l'expéditeur "AMELIPRO" : « Docteur, votre code de connexion à amelipro est 204518. Ne le communiquez à personne. » Je venais de me connecter à amelipro, mais je voulais être sûre que ce n'était pas une arnaque car j'en reçois beaucoup en ce moment.

Merci""",
  date=(2025, 2, 27, 9, 15))

T('sms13', 'fr', 'fraud', 'Encore un appel...',
  """Bonjour,
une personne m'a appelé en se présentant comme "Centre national de certification des médecins" pour fixer un "audit de conformité" de ma certification, elle voulait mon mot de passe Pro Santé Connect "pour vérifier mon dossier". Numéro : 04 28 29 30 31. Je n'ai rien donné. Bonne journée""",
  phones=['+33428293031'], kind='call', date=(2025, 3, 25, 16, 0))

# =====================================================================  REPORTERS (their own phones/links are NOT indicators)
REPORTERS = {
 'martin': dict(name='Dr Claire Martin', addr='claire.martin.med@orange.fr', dep='33', sig='Dr Claire Martin\nMédecin généraliste\n12 allée des Pins, 33600 Pessac\n05 56 45 12 78'),
 'oconnell': dict(name="Dr Niamh O'Connell", addr='niamh.oconnell@gmail.com', dep='35', sig="Dr Niamh O'Connell\nMédecin généraliste - Rennes\n+33 6 71 20 44 18"),
 'kavanagh': dict(name='Sean Kavanagh', addr='sean.kavanagh@chu-montpellier.fr', dep='34', sig='Dr Sean Kavanagh\nPraticien hospitalier - Anesthésie-Réanimation\nCHU de Montpellier\nPoste 4 12 33'),
 'laurent': dict(name='Dr Pierre Laurent', addr='p.laurent@wanadoo.fr', dep='56', sig='P. Laurent'),
 'bernard': dict(name='Jean-Marc Bernard', addr='jm.bernard.cardio@gmail.com', dep='06', sig='Dr J-M Bernard\nCardiologue - Nice\nwww.cardio-nice-bernard.fr'),
 'dubois': dict(name='Dr Camille Dubois', addr='camille.dubois@chu-lyon.fr', dep='69', sig='Dr Camille Dubois\nHépato-gastroentérologie, Hôpital de la Croix-Rousse\nHospices Civils de Lyon'),
 'taylor': dict(name='Emma Taylor', addr='emma.taylor.md@icloud.com', dep='74', sig='Emma Taylor, MD'),
 'nguyen': dict(name='Dr Thanh Nguyen', addr='thanh.nguyen@sfr.fr', dep='92', sig='Dr T. Nguyen - Médecine interne - 01 46 20 30 40'),
 'moreau': dict(name='Luc Moreau', addr='luc.moreau.neuro@laposte.net', dep='37', sig='Dr Luc Moreau, neurologue, Tours'),
 'lefevre': dict(name='Dr Antoine Lefèvre', addr='antoine.lefevre@free.fr', dep='33', sig='Antoine Lefèvre\nCardiologue libéral\n06 10 20 30 40'),
 'smith': dict(name='Dr Helen Smith-Laurent', addr='helen.smithlaurent@yahoo.fr', dep='24', sig='Helen Smith-Laurent\nGP, Sarlat'),
 'benali': dict(name='Dr Karim Benali', addr='k.benali@cabinet-benali.fr', dep='93', sig='Dr Karim Benali\nCabinet médical du Parc\n4 rue Jean Jaurès, 93200 Saint-Denis\nTél. 01 48 20 11 22 - www.cabinet-benali.fr'),
 'girard': dict(name='Dr Julien Girard', addr='julien.girard@hotmail.fr', dep='44', sig='Julien'),
 'roux': dict(name='Dr Sophie Roux', addr='sophie.roux@mssante-free.fr', dep='31', sig='Dr Sophie Roux - pédiatre - Toulouse'),
 'petit': dict(name='Marie Petit', addr='marie.petit.medecin@orange.fr', dep='59', sig='Dr Marie PETIT\nMédecin généraliste\n03 20 11 22 33'),
 'garcia': dict(name='Dr Elena Garcia', addr='elena.garcia.derm@gmail.com', dep='13', sig='Dra. Elena García\nDermatologue - Marseille'),
 'fontaine': dict(name='Dr Bertrand Fontaine', addr='b.fontaine@ch-valence.fr', dep='26', sig='B. Fontaine\nUrgentiste, CH Valence'),
 'muller': dict(name='Dr Thomas Müller', addr='thomas.muller@outlook.fr', dep='67', sig='Thomas Müller\nMédecin du sport - Strasbourg'),
 'brennan': dict(name='Lucy Brennan', addr='dr.lucy.brennan@gmail.com', dep='46', sig='Dr Lucy Brennan\nMédecin généraliste / GP\nCahors'),
 'sec_aubry': dict(name='Secrétariat Dr Aubry', addr='secretariat.aubry@cabinet-medical-vienne.fr', dep='86', sig='Sandrine\nSecrétariat médical du Dr Aubry\n05 49 00 00 12'),
 'aubry': dict(name='Dr François Aubry', addr='francois.aubry86@gmail.com', dep='86', sig='F. Aubry'),
 'sec_hopital': dict(name='Direction des affaires médicales', addr='dam@ch-perigueux.fr', dep='24', sig='Direction des affaires médicales\nCentre hospitalier de Périgueux'),
 'durand': dict(name='Dr Isabelle Durand', addr='isabelle.durand@gmail.com', dep='24', sig='Isabelle Durand'),
 'klein': dict(name='Dr Paul Klein', addr='paul.klein@numericable.fr', dep='57', sig='Dr P. Klein'),
 'weber': dict(name='Anna Weber', addr='anna.weber.md@gmail.com', dep='68', sig='Dr Anna Weber\nPsychiatre'),
 'lambert': dict(name='Dr Olivier Lambert', addr='olivier.lambert@orange.fr', dep='21', sig='Dr O. Lambert\nMédecin généraliste - Dijon'),
 'faure': dict(name='Dr Agnès Faure', addr='agnes.faure@aphp.fr', dep='75', sig="Dr Agnès Faure\nService d'ORL - Hôpital Lariboisière, AP-HP"),
 'henry': dict(name='Dr Rémi Henry', addr='remi.henry@free.fr', dep='63', sig='Rémi Henry, MG, Clermont-Ferrand'),
 'mercier': dict(name='Dr Chloé Mercier', addr='chloe.mercier.mg@gmail.com', dep='44', sig='Chloé Mercier'),
 'obrien': dict(name="Dr Declan O'Brien", addr='declan.obrien@chu-rennes.fr', dep='35', sig="Declan O'Brien\nPH Radiologie, CHU de Rennes"),
 'jansen': dict(name='Dr Pieter Jansen', addr='pieter.jansen@orange.fr', dep='59', sig='Dr P. Jansen\nMédecin généraliste - Lille'),
}

REPORTS = []

def R(o, style, who, c='', **kw):
    REPORTS.append(dict(o=o, style=style, who=who, c=c, **kw))

def I(o, client, who, c='', **kw):
    R(o, 'inline', who, c, client=client, **kw)

# ---- English originals
R('en01', 'attachment', 'dubois', "Bonjour,\nJe n'ai jamais soumis cet article à ce journal (il est en cours d'évaluation ailleurs). Est-ce une arnaque ? Ils ont mon nom et le titre exact...\nMerci", lang='fr')
I('en01', 'gmail_en', 'obrien', "FYI - a colleague got the same invoice. The title is from our poster at the JFR.")
R('en02', 'direct', 'kavanagh')
R('en03', 'attachment', 'oconnell', "Bonjour, je reçois cette invitation à relire un article pour BMJ Open. Le lien ne va pas sur bmj.com, est-ce normal ? Je préfère vérifier avant de cliquer.", mailer='Apple Mail (2.3774.600.62)')
I('en04', 'gmail_en', 'kavanagh', "Hello,\nI'm UK-trained and still on the GMC register. Got this tonight. Looks fake to me but the deadline worries me.", subj='Fwd: GMC licence withdrawal??')
I('en04', 'apple_en', 'brennan', "", iphone=True)
I('en05', 'outlook_en', 'kavanagh', "Hello again,\nThis one seems to be the real GMC (the address is gmc-uk.org). Can you confirm? After the previous scam I don't trust anything.\nSean", safelinks=True)
R('en06', 'octet', 'obrien', "Hello,\nI am registered with the Irish Medical Council and work in Rennes. This asks for my passport. The Council normally uses a different website. Please advise.", lang='en')
R('en07', 'pasted', 'brennan', "Hello,\n\nI received this by email from someone claiming to be from NHS Professionals. Copying the text below:\n\n----", c2='----\nThey want my passport and a fee. Is this a known scam?', subj='Suspicious NHS locum offer')
I('en08', 'free', 'laurent', "Je reçois ça régulièrement depuis que j'ai fait un remplacement en Angleterre en 2019. Démarchage ? Je ne sais pas comment ils ont eu mon adresse.")
I('en10', 'gmail_en', 'oconnell', "Bonjour, je reçois la newsletter Medscape tous les jours, est-ce que c'est fiable ? (on nous a dit de nous méfier des mails \"CME credits\")")
I('en11', 'owa', 'faure', "Bonjour,\nReçu sur ma boîte AP-HP. Je n'ai pas cliqué.\nCordialement", safelinks=True)
I('en12', 'outlook_en', 'muller', "Bonjour,\nJ'ai demandé moi-même à réinitialiser mon mot de passe Outlook hier soir et j'ai reçu ce code. Mais avec vos mises en garde je me demande si c'est bien Microsoft. Merci de me dire.", subj='TR : Microsoft account password reset')
I('en13', 'android_en', 'weber', "")
I('en14', 'gmail_en', 'brennan', "Hi, I got this after logging in on my husband's MacBook. It was me, I think. Is it safe?\nLucy")
I('en15', 'yahoo', 'smith', "Ce n'est pas mon confrère, il ne m'écrit jamais depuis gmail. Je n'ai pas répondu.")
R('en16', 'attachment', 'bernard', "Bonjour,\nInvitation comme orateur à Dubaï, avec paiement par Western Union... Je me méfie. Pouvez-vous me confirmer ?\nJMB")
I('en17', 'apple_en', 'bernard', "Pour info : congrès réel de l'ESC, mais je ne me souviens pas avoir donné mon accord pour recevoir leurs mails.")
R('en19', 'direct', 'henry')
R('en20', 'attachment', 'petit', "Bonjour, je ne connais pas de Dr Anne Roussel et je n'attends aucun contrat. Merci de vérifier.")
I('en21', 'apple_en', 'taylor', "Hello,\nThis is my contract for the consultations in Geneva - I was expecting it. But after the fake DocuSign warning last month, I'd like you to confirm it's safe before I sign.\nEmma")
I('en22', 'gmail_fr', 'mercier', "Démarchage en anglais... je ne me suis jamais inscrite.")
I('en25', 'gmail_en', 'dubois', "Bonjour,\nPour une fois un vrai mail je pense : un collègue anglais rencontré à l'EASL. Le lien pointe vers leedsth.nhs.uk. Je voulais juste m'assurer que ce n'était pas de l'hameçonnage, vu qu'il me donne un numéro de portable.\nCamille")
I('en26', 'owa', 'faure', "Merci de vérifier : je ne connais pas le Dr Morel et on ne fait jamais de RCP sur Zoom chez nous.", htmlonly=True)
I('en27', 'sfr', 'nguyen', "publicité ?")
R('en28', 'direct', 'obrien')
I('en29', 'tb_en', 'dubois', "Bonjour,\nInvitation à reviewer pour le Journal of Hepatology via editorialmanager.com. Le mail parle de mot de passe et d'identifiants, je préfère vérifier.\nBien à vous", html=True)
I('en30', 'outlook_en', 'benali', "Bonjour,\nNotre messagerie de cabinet est chez Google. Ce mail dit qu'elle est pleine. Vrai ou faux ?")
I('en31', 'apple_fr', 'taylor', "Bonjour,\nJ'ai bien demandé un nouveau mot de passe pour le portail des HUG (je suis médecin référente en Haute-Savoie). Le mail est bilingue et m'a semblé bizarre. Pouvez-vous confirmer ?\nMerci")
I('en32', 'gmail_en', 'oconnell', "")
R('en33', 'direct', 'martin')
I('en34', 'yahoo', 'smith', "Je ne sais même pas ce qu'est Doximity.")
I('en35', 'apple_en', 'moreau', "Bonjour,\nJe pars en stage d'observation à Boston en avril. Le mail de confirmation me demande des documents, je voulais être sûr que c'est bien l'hôpital et pas une arnaque.", subj='Fwd: Visiting observership - est-ce fiable ?')
I('en36', 'android_en', 'garcia', "Hello! Is this a scam? I do get samples from the UK sometimes.")
I('en37', 'tb_en', 'muller', "Promotion OUP, je ne me souviens pas m'être inscrit. Juste pour info.")
I('en38', 'outlook_fr', 'jansen', "Bonjour,\nCe mail vient de l'adresse réelle de la clinique Saint-Roch où je fais des vacations, mais je n'ai jamais reçu de planning par ce biais. Le lien demande mon mot de passe Microsoft.\nCordialement")
I('en39', 'gmail_en', 'lefevre', "Bonjour,\nMail d'une neurologue belge concernant une patiente transférée. Elle parle d'un lien envoyé séparément et d'un code SMS. Je voulais être sûr avant d'ouvrir quoi que ce soit.", subj='Fwd: patient transfer - à vérifier')
I('en40', 'free', 'henry', "")
I('en41', 'gmail_fr', 'garcia', "Bonjour, formation à Genève en dermatologie. Publicité ou arnaque ? Ils donnent un numéro suisse.")
I('en42', 'gmail_en', 'girard', "Bonsoir,\nOn me promet un permis de travail au Canada contre un acompte... Je suis justement en démarche avec le Collège des médecins du Québec. Arnaque ?\nJulien")
I('en43', 'gmail_en', 'girard', "Et voici le vrai mail du CMQ je pense (cmq.org). Je voulais que vous compariez.\nJulien")
I('en44', 'tb_fr', 'fontaine', "Pub Elsevier, pour info.")

# ---- French originals
I('fr01', 'outlook_fr', 'benali', "Bonjour,\n\nJ'ai reçu ce courriel ce matin. J'ai un doute car je n'ai jamais entendu parler de cette « direction régionale ». Ils menacent de suspension si je ne me connecte pas avec Pro Santé Connect. Pouvez-vous me confirmer qu'il s'agit d'une arnaque et, si c'est le cas, prévenir les confrères ?\n\nBien confraternellement")
R('fr01', 'attachment', 'petit', "Pour info.")
I('fr02', 'gmail_fr', 'mercier', "Bonjour,\nc'est vraiment l'ANDPC ? 1834 € ça me paraît beaucoup.")
I('fr02', 'android', 'roux', "")
I('fr03', 'gmail_fr', 'girard', "Bonjour,\nJ'ai demandé un nouveau mot de passe sur Mon DPC hier soir. J'ai reçu ce mail de agencedpc.fr. Votre circulaire parle de faux mails de réinitialisation : celui-ci est-il authentique ?")
I('fr04', 'apple_fr', 'roux', "Je n'ai rien demandé !", iphone=True)
I('fr04', 'sfr', 'klein', "Bonjour, je n'ai rien demandé et on me parle de réinitialiser mon mot de passe Mon DPC. Je transmets.")
I('fr05', 'laposte', 'moreau', "Bonjour,\nEst-ce bien vous qui avez envoyé cet appel de cotisation ? Il y a beaucoup de faux mails en ce moment avec des menaces de radiation.")
I('fr06', 'outlook_fr', 'nguyen', "Bonjour,\nJ'ai pourtant payé ma cotisation en janvier (prélèvement). Je ne comprends pas ce « dernier rappel ». Merci de vérifier.\nDr Nguyen", safelinks=True)
R('fr06', 'attachment', 'klein', "")
I('fr07', 'free', 'henry', "Bonjour,\nEst-ce bien l'ANS ? Je ne sais pas ce qu'est la e-CPS.")
I('fr08', 'gmail_fr', 'durand', "Bonjour,\nJe ne sais pas si c'est vrai, le lien affiche esante.gouv.fr mais quand je passe la souris dessus c'est une autre adresse.\nIsabelle")
I('fr09', 'orange', 'martin', "Bonjour,\nJ'ai effectivement eu des rejets de FSE en décembre. Est-ce que je peux remplir ce formulaire ?\nMerci de me répondre rapidement.")
I('fr09', 'legacy_fr', 'sec_hopital', "Bonjour,\nUn de nos praticiens à activité libérale a reçu ceci. Transmis pour signalement.")
I('fr10', 'outlook_fr', 'petit', "Bonjour, est-ce un vrai mail de l'assurance maladie ?", nameonly=True)
I('fr11', 'gmail_fr', 'garcia', "Bonjour,\nJe suis à jour de mes cotisations Urssaf. Ce mail de mise en demeure me stresse. Le numéro de téléphone est-il celui de l'Urssaf ?")
I('fr12', 'android', 'lambert', "Vrai ou faux ?")
I('fr13', 'tb_fr', 'weber', "Bonjour,\nJe reçois ce genre de mail plusieurs fois par mois. Est-ce que cet organisme est sérieux ? Ils citent l'ANDPC.\nCordialement")
I('fr14', 'outlook_fr', 'benali', "Bonjour,\n\nMa secrétaire a eu cette personne au téléphone hier et a donné mon adresse mail. Ils me demandent maintenant mes identifiants Mon DPC. Je n'ai rien envoyé.\n\nCordialement")
R('fr14', 'pasted', 'klein', "Bonjour,\nvoici le texte du mail reçu (copié-collé) :\n", with_subj=True, subj='mail suspect DPC')
I('fr15', 'laposte', 'moreau', "Bonjour, j'ai reçu ce mail du conseil du Rhône alors que je suis inscrit en Indre-et-Loire. Est-ce normal ? Est-ce un vrai message de l'Ordre ?")
I('fr16', 'gmail_fr', 'durand', "Ils insistent beaucoup... c'est légal ?")
I('fr17', 'apple_fr', 'benali', "", iphone=True)
R('fr17', 'attachment', 'roux', "Bonjour,\nfaux mail Doctolib je pense. Mon agenda fonctionne normalement.")
I('fr18', 'outlook_fr', 'benali', "Re-bonjour,\nCette fois j'ai moi-même demandé la réinitialisation de mon mot de passe Doctolib. L'adresse est doctolib.fr. Juste pour être sûr, merci.", safelinks=True)
I('fr19', 'yahoo', 'smith', "Remboursement d'impôts par mail ? Je doute.")
R('fr21', 'attachment', 'petit', "Je n'ai jamais demandé à recevoir ces mails. Spam ?")
I('fr23', 'gmail_fr', 'mercier', "Bonjour,\nMail d'une endocrinologue des HCL que je ne connais pas personnellement. Il contient des infos patient. Est-ce normal qu'elle écrive en clair ? Et est-ce vraiment elle ?\nChloé")
R('fr24', 'attachment', 'lefevre', "Bonjour,\nLe Dr Garnier est un confrère que je connais bien, c'est bien son adresse, mais le lien m'amène sur une page qui demande mon mot de passe de messagerie. Je pense que sa boîte a été piratée. Je l'ai prévenu par téléphone.")
I('fr24', 'orange', 'martin', "")
I('fr25', 'tb_fr', 'henry', "Pub.", html=True)
R('fr26', 'direct', 'nguyen')
I('fr27', 'gmail_fr', 'girard', "La CARMF m'envoie ça. Il faut que je me connecte, vrai mail ?")
I('fr28', 'sfr', 'nguyen', "Démarchage assurance, ça vaut le coup de signaler ?")
I('fr30', 'gmail_fr', 'roux', "Newsletter HAS. Je ne me rappelle pas m'être abonnée. Vraie ?")
I('fr31', 'owa', 'fontaine', "Bonjour, reçu sur la boîte du service. Nous ne faisons pas de déclaration de stock à l'ARS.")
I('fr32', 'outlook_fr', 'obrien', "Bonjour, est-ce bien un message de l'ARS ? Il y a un numéro à appeler.", safelinks=True)
I('fr33', 'orange', 'petit', "PUB")
I('fr35', 'outlook_fr', 'fontaine', "Bonjour,\nOn me demande ma pièce d'identité et un RIB par mail en urgence. C'est bien la DAM du CH où je commence le mois prochain, mais je préfère vérifier car j'ai lu vos mises en garde.\nBertrand")
R('fr36', 'pasted', 'sec_aubry', "Bonjour,\nLe Dr Aubry me demande de vous transmettre ce message reçu sur sa messagerie personnelle, qui semble venir d'un confrère. Le Dr Lemoine confirme par téléphone qu'il n'a rien envoyé.\n\nMessage :", subj='Signalement - faux message de confrère')
I('fr37', 'gmail_fr', 'lambert', "")
I('fr38', 'outlook_fr', 'girard', "Bonjour,\n\nJe suis très inquiet. Je reçois ce mail d'un « médecin conseil » de la CPAM qui parle de MSO. Je prescris effectivement pas mal d'arrêts (patientèle ouvrière). Ils veulent une copie de ma carte CPS. Dois-je répondre ? Qui dois-je contacter ? Je n'en dors pas.\n\nJulien Girard")
I('fr39', 'outlook_fr', 'mercier', "Bonjour,\nLa CPAM me propose un « échange confraternel » sur mes arrêts de travail. Est-ce que c'est une vraie démarche ? Est-ce que je suis obligée ?", nameonly=True)
I('fr40', 'yahoo', 'smith', "spam")
R('fr41', 'attachment', 'lambert', "Bonjour,\nConvocation de l'Ordre pour la certification avec menace de chambre disciplinaire ? Merci de me confirmer que ce n'est pas vous.\nO. Lambert")
I('fr42', 'apple_fr', 'roux', "Bonjour, j'ai reçu ce code alors que je me connectais à ma messagerie MSSanté. C'est bien normal ?", htmlonly=True)
R('fr43', 'pasted', 'durand', "Bonjour,\nJe vous colle le mail reçu d'une \"conseillère formation\" :\n\n\"", c2='"\nBien sûr je n\'ai rien envoyé.', subj='arnaque formation ?')
I('fr44', 'laposte', 'lefevre', "Est-ce que je peux me désabonner sans risque ?")
I('fr45', 'outlook_fr', 'garcia', "Bonjour,\nJe voulais vérifier que ce message concernant le vote électronique vient bien du conseil départemental. On nous parle d'identifiants...", safelinks=True)
I('fr47', 'gmail_fr', 'garcia', "Pour info, je reçois ce genre de mails des labos régulièrement. Est-ce du spam ?")
I('fr48', 'gmail_fr', 'oconnell', "Bonjour,\nJe fais mon premier remplacement en France. Le secrétariat me demande une copie de ma licence de remplacement par mail. Est-ce normal ?\nMerci, Niamh")
I('fr50', 'tb_fr', 'muller', "Troisième relance de cet organisme. C'est du harcèlement, non ? Peut-on les signaler ?")
I('fr51', 'gmail_fr', 'klein', "Bonjour,\nest-ce la vraie lettre de l'ANDPC ? Ils parlent justement des faux démarchages.")
R('fr52', 'octet', 'weber', "Bonjour,\nMessage reçu de l'ANS pour ouvrir mon compte de certification. L'adresse de l'expéditeur est esante-gouv.info. Je joins le message.\nBien à vous")

I('sp01', 'android_en', 'garcia', "")
I('sp02', 'gmail_en', 'taylor', "They email me every week, is it safe to unsubscribe?")
I('sp03', 'orange', 'lambert', "Encore de la pub. Comment ont-ils eu mon adresse ?")
I('sp04', 'legacy_fr', 'muller', "Bonjour, ce congrès existe-t-il vraiment ? Je n'en ai jamais entendu parler.")

# ---- nested forwards (secretary / hospital forwards the doctor's forward)
R('en15', 'nested', 'sec_aubry', "Bonjour,\nVoici un message transmis par le Dr Aubry.\nCordialement", doc='aubry', c_doc="Sandrine, peux-tu transférer ça à l'Ordre ? merci")
R('fr38', 'nested', 'sec_hopital', "Bonjour,\nLe Dr Durand, praticien attaché, nous a transmis ce message. Pouvez-vous nous indiquer la conduite à tenir ?\nCordialement", doc='durand', c_doc="Bonjour, est-ce que vous pouvez transmettre à l'Ordre ? Je ne sais pas si c'est vrai.")
R('fr10', 'nested', 'sec_aubry', "Bonjour,\nTransmis à la demande du Dr Aubry.\nSandrine", doc='aubry', c_doc="à transmettre au cdom svp")

# ---- pasted (more)
R('en18', 'pasted', 'lefevre', "Bonjour, je recopie le message de la cardiologue de Cork :\n", subj='Demande de dossier par une consœur irlandaise')
R('fr20', 'pasted', 'roux', "Bonjour,\nJe colle ici le mail reçu, il n'y a aucun lien dedans :\n", with_subj=True, subj='impots')
R('en09', 'pasted', 'muller', "Hello, copied from my inbox:\n", rich=True, subj='Medscape credits scam?')
R('fr29', 'pasted', 'henry', "Bonjour,\n\nVoici le contenu du message (copié depuis mon webmail) :\n", rich=True, with_subj=True, subj='Enquête HAS ?')

# ---- two originals in one report
R('en23+en24', 'attachment', 'nguyen', "Bonjour,\nDeux mails « UpToDate » reçus à quelques semaines d'écart, l'un dit que ma carte est refusée, l'autre que tout est en ordre. Lequel croire ? Je joins les deux.\nDr Nguyen")
R('fr22+fr49', 'attachment', 'laurent', "Deux messages reçus la même semaine. Je ne suis client ni de l'un ni de l'autre.", mailer='Zimbra 8.8.15_GA')
R('fr46+fr34', 'attachment', 'weber', "Bonjour,\nje vous joins deux mails reçus hier soir sur ma boîte du cabinet, ça me paraît louche mais je n'y connais rien.\nAnna Weber")

# ---- typed SMS / call descriptions (doctor's own words)
R('sms01', 'typed', 'petit')
R('sms02', 'typed', 'martin', html=True)
R('sms03', 'typed', 'henry')
R('sms04', 'typed', 'garcia')
R('sms05', 'typed', 'lambert')
R('sms06', 'typed', 'jansen', subj='sms CPAM ?')
R('sms07', 'typed', 'benali', html=True)
R('sms08', 'typed', 'brennan', html=True)
R('sms09', 'typed', 'obrien')
R('sms10', 'typed', 'taylor', html=True)
R('sms11', 'typed', 'klein')
R('sms12', 'typed', 'roux', html=True)
R('sms13', 'typed', 'mercier')
