// Name pools for the demo network. Mostly Swedish, with the international mix a Nordic
// manager's network has; diacritics on purpose (å, ä, ö, ø, ł, ð …) so search folding shows.

/** Splits a comma-separated list; lets names with spaces (af Ugglas) stay one entry. */
function list(text: string): readonly string[] {
  return text.trim().split(/,\s*/);
}

export type Culture = {
  given: readonly string[];
  family: readonly string[];
  locations: readonly string[];
  /** Mobile number prefix; the rest of the number is random digits. */
  phonePrefix: string;
};

export const SWEDISH: Culture = {
  given: list(`
    Åsa, Märta, Björn, Göran, Jörgen, Ingrid, Anders, Karin, Lars, Eva, Maria, Erik, Johan,
    Sofia, Emma, Oskar, Linnéa, Ebba, Måns, Stina, Pär, Ulf, Åke, Sören, Malin, Helén, Tove,
    Agneta, Mikael, Henrik, Fredrik, Cecilia, Annika, Per, Magnus, Jonas, Sara, Elin,
    Kristina, Gustav, Axel, Hanna, Ida, Klara, Mats, Torbjörn, Birgitta, Gunilla, Nils,
    Viktor, Amanda, Jenny, Patrik, Lena, Ulrika, Sten, Maja, Alva, Hugo, Elsa, André,
    Josefin
  `),
  family: list(`
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Lindqvist, Östberg, Åberg, Sjöberg, Lindén, Wållberg,
    Hägglund, Söderström, Björklund, Nordström, Löfgren, Bäckström, Strömberg, Öhman,
    Åkesson, Engström, Forsberg, Sandberg, Holmgren, Ekström, Hedlund, Lundqvist, Berglund,
    af Ugglas, Ångström, Sjödin, Näslund, Dahlén, Blomqvist, Mårtensson, Öberg
  `),
  locations: list('Stockholm, Göteborg, Malmö, Uppsala, Linköping, Umeå, Örebro'),
  phonePrefix: '+46 70',
};

/** Cultures other than Swedish, with their relative share of the network. */
export const INTERNATIONAL: readonly (readonly [Culture, number])[] = [
  [
    {
      given: list('Jürgen, Jörg, Anja, Stefan, Katrin, Matthias, Ursula, Lukas'),
      family: list('Müller, Schäfer, Weiß, Groß, Köhler, Hoffmann, Krüger, Becker'),
      locations: list('Berlin, München, Hamburg, Frankfurt'),
      phonePrefix: '+49 151',
    },
    8,
  ],
  [
    {
      given: list('Søren, Mette, Bjørn, Sigrid, Rasmus, Frederik, Åse, Ingvild'),
      family: list('Jørgensen, Sørensen, Dahl, Hansen, Nygård, Løvås, Bakke'),
      locations: list('København, Oslo, Aarhus, Bergen'),
      phonePrefix: '+47 92',
    },
    6,
  ],
  [
    {
      given: list('Päivi, Jussi, Mikko, Sanna, Tuomas, Kaisa, Heikki'),
      family: list('Mäkinen, Virtanen, Hämäläinen, Järvinen, Korhonen, Nieminen'),
      locations: list('Helsinki, Tampere, Espoo'),
      phonePrefix: '+358 40',
    },
    5,
  ],
  [
    {
      given: list('Émilie, François, Hélène, Zoé, Loïc, Chloé, Benoît'),
      family: list('Lefèvre, Dubois, Moreau, Bérenger, Girard, Rousseau'),
      locations: list('Paris, Lyon'),
      phonePrefix: '+33 6',
    },
    4,
  ],
  [
    {
      given: list('José, Begoña, Íñigo, Lucía, Sofía, Martín'),
      family: list('García, Muñoz, Peña, Fernández, Núñez'),
      locations: list('Madrid, Barcelona, Bilbao'),
      phonePrefix: '+34 6',
    },
    3,
  ],
  [
    {
      given: list('Łukasz, Małgorzata, Tomáš, Zuzana, Paweł, Agnieszka'),
      family: list('Wójcik, Nowak, Dvořák, Kowalczyk, Krejčí'),
      locations: list('Warszawa, Kraków, Praha'),
      phonePrefix: '+48 5',
    },
    3,
  ],
  [
    {
      given: list('Sarah, James, Oliver, Emily, Niamh, Siobhán, Michael, Hannah'),
      family: list("O'Connor, Whitfield, Murphy, Thompson, Okafor, Hughes"),
      locations: list('London, Dublin, Manchester, New York'),
      phonePrefix: '+44 7',
    },
    6,
  ],
  [
    {
      given: list('Priya, Arjun, Ananya, Rohan'),
      family: list('Raghunathan, Iyer, Sharma, Krishnan'),
      locations: list('Bangalore, Mumbai, London'),
      phonePrefix: '+91 98',
    },
    2,
  ],
  [
    {
      given: list('Wei, Yuki, Haruto, Mei, Jin-woo'),
      family: list('Zhang, Tanaka, Kim, Nakamura, Chen'),
      locations: list('Shanghai, Tokyo, Seoul, Singapore'),
      phonePrefix: '+65 9',
    },
    2,
  ],
  [
    {
      given: list('Çağla, Emre, Gülşen, Mehmet'),
      family: list('Yılmaz, Öztürk, Şahin, Demir'),
      locations: list('İstanbul, Stockholm'),
      phonePrefix: '+90 5',
    },
    1,
  ],
  [
    {
      given: list('Þórunn, Sigrún, Guðrún, Ásdís'),
      family: list('Sigurðardóttir, Ólafsdóttir, Jónsdóttir'),
      locations: list('Reykjavík'),
      phonePrefix: '+354 6',
    },
    1,
  ],
];
