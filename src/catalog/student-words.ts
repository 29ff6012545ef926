// What students type into the search box → the words the fiches use for the same thing, so that a
// query word can be expanded at query time (« kiné » finds « masseur-kinésithérapeute », « flic »
// finds « policier »): abbreviations (prof, véto, compta), sigles of school subjects and fields
// (SVT, EPS, NSI, BTP), familiar words (cuisto, resto, mécano) and everyday names of things the
// fiches name otherwise (camion → poids lourds, huissier → commissaire de justice).
//
// Reviewed table: written and reviewed row by row by hand, not generated, with one question per
// row: would a guidance counsellor approve it? Every `means` word was checked against the text of
// the 1,152 fiches of the sample of the Onisep Idéo export of 21/10/2025 (../shared/corpus), case-
// and accent-insensitively, folded as search/analyzer.ts folds: each occurs there, and each phrase
// occurs there as a phrase. The table is for the whole catalogue, not tuned to the sample: it holds
// the French school system's and the job market's vocabulary, not words picked from fiches.
//
// Rules for adding a row:
// - Only an abbreviation → its full word(s), or an everyday word → the fiches' own word for the
//   same thing. No loose association: « animaux » → « vétérinaire » is not a synonym.
// - `typed`: one word as the analyzer sees it: lowercase, no space, hyphen or apostrophe, not a
//   stop word (« ses » is one, so SES cannot be a row), in one row only. Accents are optional (the
//   engine folds them), so one spelling is enough; add the plural when students type it.
// - `means`: words or phrases spelt as the fiches spell them (accents included); a phrase matches a
//   fiche that has all its words. Check each with a case- and accent-insensitive grep of the
//   corpus, and prefer the forms the fiches use (« développeur », « développement »; « jeux vidéo »).
//   One form per word is enough: the engine matches them in any form (plural, feminine); typed
//   words, though, are looked up as typed.
// - No sigle of a kind of diploma (BTS, BUT, CAP, BP, TP, DUT, DEUST, BMA, MC, CS…) nor of a
//   titre (ASV, ARP…): the engine reads sigles from the fiches themselves.
// - A typed word that is also an ordinary French word with another meaning is kept only when that
//   meaning is rare in a job search; the row says so in a comment.
// - Rows assume that an expansion adds fiches and never removes any: the typed word still matches
//   itself (a row's comment may rely on it).

export interface StudentWord {
  /** What students type (lowercase; accents optional: the engine folds them). */
  readonly typed: readonly string[];
  /** What it means in the fiches' words: each entry a word or a phrase (a phrase = all its words). */
  readonly means: readonly string[];
}

export const STUDENT_WORDS: readonly StudentWord[] = [
  // Teaching and education
  { typed: ['prof', 'profs'], means: ['professeur', 'enseignant'] },
  // « maîtresse » is also the maîtresse d'hôtel (maître/esse d'hôtel): those fiches still match.
  {
    typed: ['instit', 'instits', 'instituteur', 'institutrice', 'maîtresse'],
    means: ['professeur des écoles'],
  },
  { typed: ['cpe'], means: ["conseiller principal d'éducation"] },
  { typed: ['copsy', 'psyen'], means: ["psychologue de l'éducation nationale"] },
  { typed: ['éduc', 'éducs'], means: ['éducateur'] },
  { typed: ['anim'], means: ['animateur', 'animation'] },

  // School subjects and university fields (sigles of fields, not of diplomas)
  { typed: ['maths', 'math'], means: ['mathématiques'] },
  { typed: ['svt'], means: ['sciences de la vie', 'sciences de la terre'] },
  { typed: ['eps'], means: ['éducation physique et sportive'] },
  { typed: ['nsi'], means: ['numérique et sciences informatiques'] },
  // STAPS and IEP are also sigles of some fiches (read by the engine); the rows add the fiches that
  // spell the name out.
  { typed: ['staps'], means: ['activités physiques et sportives'] },
  { typed: ['philo'], means: ['philosophie'] },
  // In school « géo » is géographie (histoire-géo); géologie is typed in full.
  { typed: ['géo'], means: ['géographie'] },
  // « éco » is économie at school; students say « écolo » for écologie (next row).
  { typed: ['éco'], means: ['économie', 'économique'] },
  { typed: ['écolo', 'écolos'], means: ['écologie', 'écologique'] },
  // Both meanings are wanted: the subject (biologie) and the farming (agriculture biologique).
  { typed: ['bio'], means: ['biologie', 'biologique'] },
  { typed: ['socio'], means: ['sociologie', 'sociologue'] },
  { typed: ['stats', 'stat'], means: ['statistique'] },
  { typed: ['lea'], means: ['langues étrangères appliquées'] },
  { typed: ['aes'], means: ['administration économique et sociale'] },
  // « sciences po » is typed in two words; « po » alone means nothing else.
  {
    typed: ['po', 'sciencespo', 'scpo', 'iep'],
    means: ['sciences politiques', "institut d'études politiques"],
  },
  { typed: ['prépa', 'prépas', 'cpge'], means: ['classe préparatoire'] },
  { typed: ['fac', 'facs'], means: ['université', 'faculté'] },
  { typed: ['trad'], means: ['traduction', 'traducteur'] },
  { typed: ['archéo'], means: ['archéologie'] },
  // Astrologie is not a métier the fiches know.
  { typed: ['astro'], means: ['astrophysique', 'astronomie', 'astrophysicien'] },

  // Computing and digital
  // DEV is also the sigle of the diplôme d'État de docteur vétérinaire: that fiche still matches.
  { typed: ['dev', 'devs'], means: ['développeur', 'développement'] },
  // « codeur » is also the codeur en LfPC (langue française parlée complétée): still matched.
  { typed: ['coder', 'codeur', 'codeuse', 'coding'], means: ['programmation', 'programmeur', 'développeur'] },
  // « info » for information (« chaîne d'info ») is rare in a job search.
  { typed: ['info', 'infos'], means: ['informatique', 'informaticien'] },
  { typed: ['ordi', 'ordis'], means: ['ordinateur'] },
  { typed: ['appli', 'applis', 'app', 'apps'], means: ['application'] },
  { typed: ['ia'], means: ['intelligence artificielle'] },
  { typed: ['data'], means: ['données'] },
  { typed: ['cyber'], means: ['cybersécurité'] },
  // The fiches call the job « hacker éthique » and its field cybersécurité.
  { typed: ['hacker', 'hackeur', 'hackeuse', 'hackers'], means: ['cybersécurité', 'sécurité informatique'] },
  { typed: ['télécom', 'télécoms'], means: ['télécommunications', 'télécoms'] },
  { typed: ['robot', 'robots'], means: ['robotique'] },
  { typed: ['jv', 'gaming'], means: ['jeux vidéo'] },
  { typed: ['esport', 'esports', 'esportif', 'esportive'], means: ['e-sport', 'e-sportif'] },
  {
    typed: ['youtubeur', 'youtubeuse', 'youtuber', 'tiktokeur', 'tiktokeuse', 'instagrameur'],
    means: ['influenceur'],
  },

  // Art, media, communication
  // An infographiste is a graphiste working on screen; the fiches use both words.
  {
    typed: ['infographie', 'infographiste', 'infographe'],
    means: ['infographie', 'infographiste', 'graphiste', 'graphisme'],
  },
  // A manga is a bande dessinée: the fiches speak of mangas in the fiche dessinateur de BD.
  { typed: ['bd', 'bds', 'manga', 'mangas', 'mangaka'], means: ['bande dessinée', 'bd'] },
  { typed: ['photo', 'photos'], means: ['photographe', 'photographie'] },
  { typed: ['ciné'], means: ['cinéma'] },
  { typed: ['télé', 'tv'], means: ['télévision'] },
  // « acteur » in the fiches mostly means a player of a sector (« les acteurs du tourisme »).
  { typed: ['acteur', 'actrice', 'acteurs', 'actrices'], means: ['comédien'] },
  // « pub » the bar is rare in a job search.
  { typed: ['pub', 'pubs'], means: ['publicité', 'publicitaire'] },
  { typed: ['com', 'comm'], means: ['communication'] },
  { typed: ['event', 'events'], means: ['événementiel'] },
  { typed: ['déco'], means: ['décoration', 'décorateur'] },
  { typed: ['fringues', 'vêtements', 'habits'], means: ['habillement', 'vêtement'] },
  { typed: ['bijou', 'bijoux'], means: ['bijouterie', 'bijoutier', 'joaillerie'] },
  { typed: ['lunettes'], means: ['lunetterie', 'lunetier'] },

  // Building, industry, engineering
  { typed: ['archi', 'archis'], means: ['architecte', 'architecture'] },
  { typed: ['ingé', 'ingés'], means: ['ingénieur', 'ingénierie'] },
  { typed: ['btp'], means: ['bâtiment', 'travaux publics'] },
  { typed: ['élec'], means: ['électricité', 'électricien', 'électrique'] },
  { typed: ['clim'], means: ['climatisation'] },
  { typed: ['méca'], means: ['mécanique'] },
  { typed: ['mécano', 'mécanos'], means: ['mécanicien'] },
  { typed: ['topo'], means: ['topographie', 'topographe'] },
  { typed: ['aéro'], means: ['aéronautique'] },

  // Vehicles and transport
  // « auto » is also a prefix (auto-entrepreneur, auto-école): those still match.
  { typed: ['auto', 'autos'], means: ['automobile'] },
  { typed: ['voiture', 'voitures'], means: ['automobile'] },
  { typed: ['moto', 'motos'], means: ['motocycles'] },
  {
    typed: ['camion', 'camions', 'camionneur', 'camionneuse'],
    means: ['poids lourds', 'conducteur routier'],
  },
  { typed: ['chauffeur', 'chauffeuse', 'chauffeurs'], means: ['conducteur'] },
  { typed: ['bus'], means: ['autobus', 'autocar'] },
  { typed: ['avion', 'avions'], means: ['aéronautique', 'aéronef'] },
  { typed: ['hélico', 'hélicos'], means: ['hélicoptère'] },
  // « en train de » never makes a search on its own.
  { typed: ['train', 'trains'], means: ['ferroviaire'] },
  { typed: ['bateau', 'bateaux'], means: ['navire'] },
  { typed: ['tracteur', 'tracteurs'], means: ['machines agricoles', 'agroéquipement'] },

  // Health, care and children
  { typed: ['véto', 'vétos'], means: ['vétérinaire'] },
  { typed: ['kiné', 'kinés'], means: ['kinésithérapeute', 'kinésithérapie'] },
  { typed: ['psy', 'psys', 'psycho'], means: ['psychologue', 'psychologie', 'psychiatre'] },
  { typed: ['psychomot'], means: ['psychomotricien'] },
  // « ortho » is most often the orthophoniste, sometimes the orthoptiste or the orthodontiste.
  { typed: ['ortho'], means: ['orthophoniste', 'orthoptiste', 'orthodontiste'] },
  { typed: ['ergo'], means: ['ergothérapeute'] },
  { typed: ['ostéo'], means: ['ostéopathe', 'ostéopathie'] },
  { typed: ['ophtalmo'], means: ['ophtalmologue', 'ophtalmologie'] },
  { typed: ['pharma'], means: ['pharmacie', 'pharmaceutique', 'pharmacien'] },
  { typed: ['labo', 'labos'], means: ['laboratoire'] },
  // « docteur » also names the doctorat and the docteur vétérinaire: those still match.
  { typed: ['docteur', 'toubib'], means: ['médecin'] },
  { typed: ['dent', 'dents'], means: ['dentaire'] },
  { typed: ['ado', 'ados'], means: ['adolescents', 'adolescence'] },
  { typed: ['bébé', 'bébés'], means: ['petite enfance', 'jeunes enfants', 'puériculture'] },

  // Business, administration, law, security
  { typed: ['compta'], means: ['comptable', 'comptabilité'] },
  { typed: ['banque', 'banques', 'banquier', 'banquière'], means: ['banque', 'bancaire'] },
  { typed: ['vendre', 'ventes'], means: ['vente', 'vendeur'] },
  { typed: ['commerce', 'commerces'], means: ['commercial', 'commerce'] },
  // The secrétaire de direction is called assistant de direction today; « secrétariat » names the work.
  { typed: ['secrétaire', 'secrétaires'], means: ['secrétariat', 'assistant de direction'] },
  { typed: ['admin'], means: ['administratif', 'administration', 'administrateur'] },
  { typed: ['rh', 'drh'], means: ['ressources humaines'] },
  { typed: ['immo'], means: ['immobilier'] },
  { typed: ['asso', 'assos'], means: ['association', 'associatif'] },
  { typed: ['startup', 'startups'], means: ['start-up'] },
  { typed: ['flic', 'flics', 'keuf', 'keufs'], means: ['policier', 'police', 'gardien de la paix'] },
  { typed: ['vigile', 'vigiles'], means: ['agent de sécurité'] },
  // « sécu » is also the Sécurité sociale: « sécurité » covers both.
  { typed: ['sécu'], means: ['sécurité'] },
  // The profession was renamed commissaire de justice in 2022.
  { typed: ['huissier', 'huissière', 'huissiers'], means: ['commissaire de justice'] },
  { typed: ['juge', 'juges'], means: ['magistrat'] },
  { typed: ['détective', 'détectives'], means: ['agent de recherches privées'] },
  { typed: ['prison', 'prisons', 'maton', 'matons'], means: ['pénitentiaire'] },

  // Food, hospitality, services
  { typed: ['cuisto', 'cuistot', 'cuistots'], means: ['cuisinier', 'cuisine'] },
  { typed: ['resto', 'restos'], means: ['restaurant', 'restauration'] },
  { typed: ['fastfood', 'fast'], means: ['restauration rapide'] },
  { typed: ['cantine', 'cantines'], means: ['restauration collective'] },
  // « ménage » as a household (« un jeune ménage ») is rare in a job search.
  { typed: ['ménage'], means: ['nettoyage', 'agent de propreté'] },
  { typed: ['cheveux'], means: ['coiffure', 'coiffeur'] },

  // Farming, nature, animals
  { typed: ['agri'], means: ['agriculture', 'agricole'] },
  { typed: ['agro'], means: ['agronomie', 'agroalimentaire'] },
  { typed: ['fermier', 'fermière', 'paysan', 'paysanne', 'paysans'], means: ['agriculteur'] },
  { typed: ['jardinier', 'jardinière', 'jardiniers'], means: ['paysagiste', 'espaces verts'] },
  { typed: ['vigne', 'vignes', 'vignoble'], means: ['viticulture', 'viticole', 'vigneron'] },
  { typed: ['forêt', 'forêts'], means: ['forestier'] },
  { typed: ['chien', 'chiens'], means: ['canin'] },
  { typed: ['cheval', 'chevaux'], means: ['équin', 'équestre'] },

  // Sport
  { typed: ['muscu'], means: ['musculation'] },
  { typed: ['foot'], means: ['football'] },
];
