// Import files as the real exporters write them, built in code so the bytes (BOM, CRLF,
// quoted-printable) are exact. Names and addresses are invented.

const CRLF = '\r\n';

/** LinkedIn's current Connections.csv: BOM, Notes: paragraph, CRLF, quoted cells. */
export const LINKEDIN_CURRENT =
  '\uFEFF' +
  [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Åsa,Östberg,https://www.linkedin.com/in/asa-ostberg-1a2b3c,asa.ostberg@example.se,Nordbank AB,Head of M&A,15 Mar 2024',
    'Johan,Lind,https://www.linkedin.com/in/johanlind,,"Lind, Berg & Co","Partner, ""Deals"" team",02 Jan 2023',
    'Maria,García López,https://www.linkedin.com/in/mariagarcialopez,,Acme,CTO,28 Feb 2022',
    ',,https://www.linkedin.com/in/deleted-member,,,,01 Jan 2020',
    '',
  ].join(CRLF);

/** The older export, without the URL column (and without a byte-order mark). */
export const LINKEDIN_OLDER = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,Email Address,Company,Position,Connected On',
  'Karin,Berg,karin@example.com,Volvo Cars,Engineer,5 Sep 2019',
  'Per,Ek,,Ericsson,"Director, Strategy",30 Nov 2018',
  '',
].join(CRLF);

/** An iPhone / iCloud vCard 3.0: grouped e-mail with a label, year-less birthday. */
export const APPLE_VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.4//EN',
  'N:Östberg;Åsa;Maria;;',
  'FN:Åsa Östberg',
  'ORG:Nordbank AB;M&A;',
  'TITLE:Head of M&A',
  'item1.EMAIL;type=INTERNET;type=pref:asa.ostberg@example.se',
  'item1.X-ABLabel:_$!<Other>!$_',
  'EMAIL;type=INTERNET;type=WORK:Asa.Ostberg@Example.se',
  'TEL;type=CELL;type=VOICE;type=pref:+46 70 123 45 67',
  'item2.URL;type=pref:https\\://nordbank.example/asa',
  'item2.X-ABLabel:_$!<HomePage>!$_',
  'X-SOCIALPROFILE;type=linkedin;x-user=asaostberg:https://www.linkedin.com/in/asaostberg',
  'item3.ADR;type=HOME;type=pref:;;Storgatan 1;Stockholm;;111 22;Sweden',
  'item3.X-ABADR:se',
  'BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15',
  'NOTE:Met at the Nordic M&A forum\\, Oslo.\\nAsk about the Hamburg deal.',
  'CATEGORIES:Finance,Board',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsK',
  ' CwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQU',
  'UID:6D2F0C1E-3B9A-4B7C-9A51-2C9E1E5B7D10',
  'X-ABUID:6D2F0C1E-3B9A-4B7C-9A51-2C9E1E5B7D10:ABPerson',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Lind;Johan;;;',
  'FN:Johan Lind',
  'ORG:Lind\\, Berg & Co;',
  'BDAY:1978-11-02',
  'NOTE:A very long note that an exporter folded at seventy-five octets so that t',
  ' he reader has to unfold it again.',
  'END:VCARD',
  '',
].join(CRLF);

/** A vCard 2.1 card from an old phone: quoted-printable UTF-8 with soft line breaks. */
export const VCARD_21 = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96stberg;=C3=85sa;;;',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85sa =C3=96stberg',
  'TEL;CELL;PREF:+46701234567',
  'TEL;WORK;VOICE:08-123 456',
  'EMAIL;INTERNET:asa@example.se',
  'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:F=C3=B6rsta raden=0D=0AAndra raden =',
  'som forts=C3=A4tter p=C3=A5 n=C3=A4sta rad.',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:M=FCller;J=FCrgen',
  'TEL;HOME:+49 30 1234',
  'END:VCARD',
  '',
].join(CRLF);

/** vCard 4.0: year-less birthday as --MMDD, value-typed TEL and a quoted parameter. */
export const VCARD_40 = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
  'FN:Noor Al-Hassan',
  'N:Al-Hassan;Noor;;;',
  'BDAY:--0315',
  'TEL;VALUE=uri;TYPE="voice,cell":tel:+971-50-123-4567',
  'EMAIL;TYPE=work:noor@example.ae',
  'ADR;TYPE=work;LABEL="Dubai Marina\\nDubai":;;Marina Walk 5;Dubai;;;United Arab Emirates',
  'CATEGORIES:Gulf,Energy',
  'END:VCARD',
  '',
].join('\n');

/** Google Contacts' current CSV export (2023 on). */
export const GOOGLE_CURRENT = [
  'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value',
  'Lena,,Nyberg,,,,,,,,Spotify,Product Lead,,1985-07-09,"Knows everyone in\nmusic tech",,* myContacts ::: Mentors ::: * starred,* Work,lena@example.com ::: lena.nyberg@example.com,Home,lena.home@example.net,Mobile,+46 73 555 01 02,Work,"Regeringsgatan 19\n111 53 Stockholm\nSweden",Regeringsgatan 19,Stockholm,,,111 53,Sweden,,Profile,https://www.linkedin.com/in/lenanyberg',
  'Ola,Erik,Nordmann,,,,,,,,,,,--02-29,,,* myContacts,,,,,,,,,,,,,,,,,',
  ',,,,,,,,,,Acme Inc,,,,,,* myContacts,* Other,info@acme.example,,,,,,,,,,,,,,,',
  '',
].join('\r\n');

/** Google's older CSV export ("Google CSV" before 2023). */
export const GOOGLE_OLDER = [
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,Website 1 - Value',
  'Erik Svensson,Erik,,Svensson,,,,,,,,,,,1970-01-31,,Göteborg,,,,,,,,,Sailing friend,,,* My Contacts ::: * Friends ::: Sailing,* Home,erik@example.se,Mobile,+46 70 000 11 22,,Volvo,,Engineer,,,,,Home Page,https://erik.example',
  '',
].join('\r\n');
