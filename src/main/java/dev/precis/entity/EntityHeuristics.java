package dev.precis.entity;

import java.util.Map;
import java.util.Set;

import dev.precis.text.WordSets;

/**
 * The entity stage's word lists and weights, in one place. The lists are general English
 * (titles, connectors, demonyms), not drawn from any article.
 */
final class EntityHeuristics {

    private EntityHeuristics() {
    }

    /** Capitalised titles and role words stripped from the front of a name. */
    static final Set<String> TITLES = WordSets.of("president", "vice", "prime", "minister", "secretary", "deputy",
            "foreign", "defence", "defense", "interior", "finance", "chancellor", "senator", "sen", "rep",
            "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "judge", "justice",
            "pope", "king", "queen", "prince", "princess", "sheikh", "general", "gen", "lt", "lieutenant", "col",
            "colonel", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "commander", "major", "maj",
            "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "chairman", "chairwoman",
            "chair", "chief", "executive", "director", "ambassador", "envoy", "coach", "manager", "ceo", "cfo",
            "officer", "detective", "det", "inspector", "sheriff", "commissioner", "speaker", "leader", "spokesman",
            "spokeswoman", "spokesperson", "attorney", "assistant", "associate", "senior", "special", "acting",
            "former", "state", "premier", "chancellor", "rev", "reverend", "father", "bishop", "archbishop",
            "cardinal", "rabbi", "imam", "ayatollah", "supreme", "emir", "crown", "first", "top", "diplomat",
            "officer", "constable", "superintendent", "deputy", "undersecretary", "under", "head", "founder",
            "president-elect", "majority", "minority", "whip", "affairs",
            // Party labels before a politician's name: "Republican O'Donnell", "Democrat Chris Coons".
            "republican", "democrat",
            // German titles, capitalised like every German noun.
            "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "präsident", "präsidentin",
            "ministerpräsident", "ministerpräsidentin", "bundesminister", "bundesministerin", "ministerin",
            "bürgermeister", "bürgermeisterin", "herr", "frau", "außenminister", "außenministerin", "dr.",
            // Members of parliaments, before a name: "East Midlands MEP Robert Kilroy-Silk".
            "mp", "mep", "msp",
            // French titles.
            "président", "présidente", "ministre", "maire", "député", "députée", "sénateur", "sénatrice",
            "monsieur", "madame", "mme", "mlle", "général", "docteur", "maître", "porte-parole",
            // Spanish titles.
            "presidente", "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "señor", "señora",
            "sr", "sra", "don", "doña", "diputado", "diputada", "senador", "senadora", "doctor", "doctora",
            "portavoz", "secretario", "secretaria");

    /** Honours and seats written after a name, not part of it: "Jimi Heselden OBE", "Julie Bishop MP". */
    static final Set<String> POSTNOMINALS = WordSets.of("obe", "mbe", "cbe", "kbe", "dbe", "qc", "kc", "mp", "mep",
            "msp", "mla", "am", "phd");

    /** Lower-case words that join a title to its portfolio: "Secretary of State", "Minister for Health". */
    static final Set<String> TITLE_LINKS = WordSets.of("of", "for");

    /** Titles that only ever stand before a person's name. */
    static final Set<String> HONORIFICS = WordSets.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
            "prof", "herr", "frau", "monsieur", "madame", "mme", "señor", "señora", "sr", "sra", "don", "doña");

    /** Titles that, opening a sentence before a capitalised word, head a person's name ("President George Bush"). */
    static final Set<String> PERSON_TITLES = WordSets.of("president", "senator", "sen", "governor", "gov", "mayor",
            "judge", "pope", "king", "queen", "prince", "princess", "chancellor", "premier", "minister", "sheikh",
            "ayatollah", "rep", "captain", "capt", "colonel", "col", "sergeant", "sgt", "lieutenant", "lt",
            "detective", "det", "inspector", "professor", "bishop", "archbishop", "cardinal", "rabbi", "emir",
            "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "prof");

    /** Lower-case role words that, right before a capitalised name, mark it as a person. */
    static final Set<String> PERSON_ROLES = WordSets.of("spokesperson", "spokesman", "spokeswoman", "minister",
            "president", "official", "officials", "leader", "chief", "secretary", "analyst", "diplomat", "said",
            "actor", "actress", "singer", "star", "player", "striker", "midfielder", "defender", "goalkeeper",
            "coach", "manager", "director", "executive", "founder", "lawyer", "attorney", "judge", "officer",
            "detective", "senator", "governor", "mayor", "author", "writer", "professor", "researcher", "scientist",
            "doctor", "dr", "mr", "mrs", "ms", "son", "daughter", "wife", "husband", "mother", "father", "brother",
            "sister", "boss", "chairman", "ambassador", "envoy", "reporter", "correspondent", "suspect", "victim");

    /** Lower-case words allowed inside a name when capitalised words follow: "Bank of England". */
    static final Set<String> CONNECTORS = WordSets.of("of", "for", "on", "de", "da", "van", "von", "der", "den", "del",
            "la", "le", "du", "bin", "al", "y", "di", "dos", "das");

    /** Words that make a name an organisation. */
    static final Set<String> ORG_WORDS = WordSets.of("ministry", "council", "party", "bank", "university", "college",
            "school", "company", "inc", "corp", "corporation", "ltd", "llc", "plc", "group", "agency", "department",
            "committee", "commission", "association", "organization", "organisation", "union", "institute",
            "foundation", "news", "times", "post", "journal", "press", "network", "court", "parliament", "congress",
            "senate", "house", "office", "administration", "army", "navy", "police", "force", "forces", "club",
            "fc", "team", "league", "federation", "authority", "board", "bureau", "service", "services", "fund",
            "trust", "society", "center", "centre", "hospital", "airlines", "airways", "motors", "industries",
            "holdings", "partners", "capital", "media", "television", "radio", "broadcaster", "museum", "church",
            "government", "cabinet", "assembly", "alliance", "coalition", "movement", "front", "brigade");

    /** Adjectives of nationality and their places, so "Chinese" counts for China. */
    static final Map<String, String> DEMONYMS = WordSets.table(Map.ofEntries(
            Map.entry("american", "United States"), Map.entry("chinese", "China"), Map.entry("sino", "China"),
            Map.entry("russian", "Russia"), Map.entry("ukrainian", "Ukraine"), Map.entry("british", "United Kingdom"),
            Map.entry("english", "England"), Map.entry("scottish", "Scotland"), Map.entry("welsh", "Wales"),
            Map.entry("irish", "Ireland"), Map.entry("french", "France"), Map.entry("german", "Germany"),
            Map.entry("italian", "Italy"), Map.entry("spanish", "Spain"), Map.entry("portuguese", "Portugal"),
            Map.entry("dutch", "Netherlands"), Map.entry("belgian", "Belgium"), Map.entry("swiss", "Switzerland"),
            Map.entry("austrian", "Austria"), Map.entry("swedish", "Sweden"), Map.entry("norwegian", "Norway"),
            Map.entry("danish", "Denmark"), Map.entry("finnish", "Finland"), Map.entry("polish", "Poland"),
            Map.entry("czech", "Czech Republic"), Map.entry("hungarian", "Hungary"), Map.entry("greek", "Greece"),
            Map.entry("turkish", "Turkey"), Map.entry("israeli", "Israel"), Map.entry("palestinian", "Palestine"),
            Map.entry("iranian", "Iran"), Map.entry("iraqi", "Iraq"), Map.entry("syrian", "Syria"),
            Map.entry("lebanese", "Lebanon"), Map.entry("saudi", "Saudi Arabia"), Map.entry("egyptian", "Egypt"),
            Map.entry("afghan", "Afghanistan"), Map.entry("pakistani", "Pakistan"), Map.entry("indian", "India"),
            Map.entry("japanese", "Japan"), Map.entry("korean", "Korea"), Map.entry("taiwanese", "Taiwan"),
            Map.entry("vietnamese", "Vietnam"), Map.entry("thai", "Thailand"), Map.entry("indonesian", "Indonesia"),
            Map.entry("filipino", "Philippines"), Map.entry("malaysian", "Malaysia"),
            Map.entry("australian", "Australia"), Map.entry("canadian", "Canada"), Map.entry("mexican", "Mexico"),
            Map.entry("brazilian", "Brazil"), Map.entry("argentine", "Argentina"),
            Map.entry("argentinian", "Argentina"), Map.entry("colombian", "Colombia"),
            Map.entry("venezuelan", "Venezuela"), Map.entry("cuban", "Cuba"), Map.entry("chilean", "Chile"),
            Map.entry("peruvian", "Peru"), Map.entry("nigerian", "Nigeria"), Map.entry("kenyan", "Kenya"),
            Map.entry("ethiopian", "Ethiopia"), Map.entry("south african", "South Africa"),
            Map.entry("european", "Europe"), Map.entry("african", "Africa"), Map.entry("asian", "Asia"),
            Map.entry("belarusian", "Belarus"), Map.entry("georgian", "Georgia"), Map.entry("armenian", "Armenia"),
            Map.entry("serbian", "Serbia"), Map.entry("croatian", "Croatia"), Map.entry("romanian", "Romania"),
            Map.entry("bulgarian", "Bulgaria"), Map.entry("yemeni", "Yemen"), Map.entry("qatari", "Qatar"),
            Map.entry("emirati", "United Arab Emirates"), Map.entry("jordanian", "Jordan"),
            Map.entry("libyan", "Libya"), Map.entry("sudanese", "Sudan"), Map.entry("somali", "Somalia"),
            Map.entry("moroccan", "Morocco"), Map.entry("algerian", "Algeria"), Map.entry("tunisian", "Tunisia"),
            Map.entry("bangladeshi", "Bangladesh"), Map.entry("sri lankan", "Sri Lanka"),
            Map.entry("nepalese", "Nepal"), Map.entry("new zealander", "New Zealand"), Map.entry("kiwi", "New Zealand"),
            Map.entry("south korean", "South Korea"), Map.entry("north korean", "North Korea"),
            Map.entry("saudi arabian", "Saudi Arabia"), Map.entry("icelandic", "Iceland"),
            Map.entry("latvian", "Latvia"), Map.entry("lithuanian", "Lithuania"), Map.entry("estonian", "Estonia"),
            Map.entry("slovak", "Slovakia"), Map.entry("slovenian", "Slovenia"), Map.entry("bosnian", "Bosnia"),
            Map.entry("albanian", "Albania"), Map.entry("kosovan", "Kosovo"), Map.entry("moldovan", "Moldova"),
            Map.entry("uzbek", "Uzbekistan"), Map.entry("kazakh", "Kazakhstan"), Map.entry("mongolian", "Mongolia"),
            Map.entry("burmese", "Myanmar"), Map.entry("cambodian", "Cambodia"), Map.entry("singaporean", "Singapore"),
            Map.entry("zimbabwean", "Zimbabwe"), Map.entry("ugandan", "Uganda"), Map.entry("rwandan", "Rwanda"),
            Map.entry("ghanaian", "Ghana"), Map.entry("senegalese", "Senegal"), Map.entry("congolese", "Congo"),
            Map.entry("haitian", "Haiti"), Map.entry("jamaican", "Jamaica"), Map.entry("bolivian", "Bolivia"),
            Map.entry("ecuadorian", "Ecuador"), Map.entry("uruguayan", "Uruguay"),
            Map.entry("paraguayan", "Paraguay"), Map.entry("kuwaiti", "Kuwait"), Map.entry("bahraini", "Bahrain"),
            Map.entry("omani", "Oman"), Map.entry("cypriot", "Cyprus"), Map.entry("maltese", "Malta"),
            Map.entry("luxembourgish", "Luxembourg"), Map.entry("scandinavian", "Scandinavia"),
            Map.entry("latin american", "Latin America"), Map.entry("north american", "North America"),
            Map.entry("south american", "South America")));

    /** Different spellings of one place, mapped to its display name. */
    static final Map<String, String> PLACE_ALIASES = WordSets.table(Map.ofEntries(
            Map.entry("u.s.", "United States"), Map.entry("u.s", "United States"), Map.entry("us", "United States"),
            Map.entry("usa", "United States"), Map.entry("u.s.a.", "United States"),
            Map.entry("united states", "United States"), Map.entry("united states of america", "United States"),
            Map.entry("america", "United States"), Map.entry("uk", "United Kingdom"),
            Map.entry("u.k.", "United Kingdom"), Map.entry("britain", "United Kingdom"),
            Map.entry("great britain", "United Kingdom"), Map.entry("united kingdom", "United Kingdom"),
            Map.entry("uae", "United Arab Emirates"), Map.entry("prc", "China"),
            Map.entry("people's republic of china", "China"), Map.entry("eu", "European Union"),
            Map.entry("e.u.", "European Union"), Map.entry("un", "United Nations"),
            Map.entry("u.n.", "United Nations")));

    /** Countries, regions and major cities (inline, and the bundled gazetteer): a name that is a place. */
    static final Set<String> PLACES = withGazetteer("afghanistan", "albania", "algeria", "argentina", "armenia",
            "australia", "austria", "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
            "bulgaria", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia", "cuba",
            "cyprus", "denmark", "ecuador", "egypt", "england", "estonia", "ethiopia", "europe", "finland", "france",
            "georgia", "germany", "ghana", "greece", "haiti", "hungary", "iceland", "india", "indonesia", "iran",
            "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea",
            "north korea", "south korea", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania", "malaysia",
            "mali", "mexico", "moldova", "mongolia", "morocco", "myanmar", "nepal", "netherlands", "new zealand",
            "nigeria", "norway", "pakistan", "palestine", "gaza", "panama", "peru", "philippines", "poland",
            "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "scotland", "serbia", "singapore",
            "slovakia", "slovenia", "somalia", "south africa", "spain", "sri lanka", "sudan", "sweden",
            "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey", "uganda", "ukraine",
            "united states", "united kingdom", "united arab emirates", "uruguay", "uzbekistan", "venezuela",
            "vietnam", "wales", "yemen", "zambia", "zimbabwe", "africa", "asia", "america", "crimea", "kashmir",
            "tibet", "hong kong", "middle east", "arctic", "antarctica",
            // Capitals and major cities, often named for their governments ("Beijing said").
            "washington", "beijing", "moscow", "kyiv", "kiev", "london", "paris", "berlin", "rome", "madrid",
            "brussels", "tokyo", "seoul", "pyongyang", "new delhi", "delhi", "mumbai", "islamabad", "kabul",
            "tehran", "baghdad", "damascus", "beirut", "jerusalem", "tel aviv", "cairo", "riyadh", "ankara",
            "istanbul", "athens", "vienna", "warsaw", "prague", "budapest", "stockholm", "oslo", "copenhagen",
            "helsinki", "dublin", "lisbon", "amsterdam", "geneva", "ottawa", "toronto", "mexico city",
            "brasilia", "buenos aires", "canberra", "sydney", "melbourne", "nairobi", "lagos", "johannesburg",
            "bangkok", "jakarta", "manila", "hanoi", "singapore", "taipei", "shanghai", "hong kong", "new york",
            "los angeles", "chicago", "san francisco", "boston", "houston", "miami", "dubai", "doha");

    /** The gazetteer shipped as a resource: one lower-case place a line, '#' for comments. */
    private static final String GAZETTEER = "/precis/places.txt";

    private static Set<String> withGazetteer(String... inline) {
        Set<String> all = new java.util.HashSet<>(java.util.Arrays.asList(inline));
        try (java.io.InputStream in = EntityHeuristics.class.getResourceAsStream(GAZETTEER)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + GAZETTEER + " is missing from the artifact");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String place = line.strip();
                if (!place.isEmpty() && !place.startsWith("#")) {
                    all.add(place);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableSet(all);
    }

    /**
     * Words that never make a name on their own, however they are capitalised: articles,
     * pronouns, prepositions, conjunctions and sentence adverbs ("The", "It", "But", "In", "FOR").
     */
    static final Set<String> FUNCTION_WORDS = WordSets.of("the", "a", "an", "it", "its", "we", "he", "she", "they",
            "i", "you", "me", "us", "him", "her", "his", "their", "our", "my", "your", "them", "this", "that",
            "these", "those", "there", "here", "but", "and", "or", "nor", "so", "yet", "if", "then", "than", "in",
            "on", "at", "of", "for", "to", "from", "by", "with", "as", "into", "onto", "about", "after", "before",
            "during", "since", "until", "while", "when", "where", "what", "who", "whom", "whose", "which", "why",
            "how", "also", "not", "some", "any", "each", "every", "both", "such", "over", "under", "between",
            "among", "against", "through", "without", "within", "because", "although", "though", "however",
            "meanwhile", "is", "are", "was", "were", "be", "been", "has", "have", "had", "would", "could",
            "should", "according", "despite", "unlike", "whether", "instead", "indeed", "perhaps", "maybe",
            "thus", "hence", "therefore", "moreover", "furthermore", "besides", "otherwise", "ago", "above",
            "below", "near", "around", "per", "via", "amid", "toward", "towards", "upon", "across", "behind",
            "beyond", "along", "but", "yesterday", "today", "tomorrow",
            // Pronouns with a verb run on, in both apostrophes: "We're", "They’ll".
            "we're", "we’re", "they're", "they’re", "you're", "you’re", "we've", "we’ve", "they've", "they’ve",
            "you've", "you’ve", "we'll", "we’ll", "they'll", "they’ll", "you'll", "you’ll", "he'll", "he’ll",
            "she'll", "she’ll", "we'd", "we’d", "they'd", "they’d", "he'd", "he’d", "she'd", "she’d",
            "there's", "there’s", "let's", "let’s");

    /** Single words after a demonym that make one name with it ("European Union", "Indian Ocean"). */
    static final Set<String> NAME_HEADS = WordSets.of("union", "ocean", "sea", "gulf", "peninsula", "islands",
            "commission", "parliament", "council", "court", "open", "championship", "championships", "cup",
            "league", "airways", "airlines", "express", "museum", "academy", "navy", "army", "embassy",
            "community", "alps", "plains", "channel", "republic", "federation", "bank", "empire");

    /**
     * Heads of {@link #NAME_HEADS} that make a demonym's name an event, not an organisation:
     * "French Open", "World Cup", "European Championships".
     */
    static final Set<String> EVENT_HEADS = WordSets.of("open", "championship", "championships", "cup");

    /** Where a name is a place outright: "Indian Ocean", "Arabian Peninsula". */
    static final Set<String> PLACE_HEADS = WordSets.of("ocean", "sea", "gulf", "peninsula", "islands", "alps",
            "plains", "channel", "island", "river", "lake", "bay", "mountains", "desert", "valley", "province",
            "county", "region", "strait", "straits", "strip");

    /** Last words that make a name a company's, and vouch for its first word at a sentence's start. */
    static final Set<String> COMPANY_SUFFIXES = WordSets.of("ltd", "inc", "corp", "plc", "llc", "co", "gmbh",
            "ag", "sa", "nv", "bv", "limited", "corporation", "incorporated");

    /**
     * Endings of German, and words of French and Spanish, titles that stand before a name:
     * "Oberbürgermeisterin Sabine Kühn", "le ministre", "la presidenta".
     */
    static final java.util.List<String> GERMAN_TITLE_ENDINGS = java.util.List.of("minister", "ministerin",
            "präsident", "präsidentin", "bürgermeister", "bürgermeisterin", "kanzler", "kanzlerin", "sekretär",
            "sekretärin", "direktor", "direktorin", "vorsitzende", "vorsitzender", "sprecher", "sprecherin",
            "chef", "chefin", "trainer", "trainerin", "senator", "senatorin", "abgeordnete", "abgeordneter");

    /** German articles: never part of a name, however they are capitalised. */
    static final Set<String> GERMAN_ARTICLES = WordSets.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "im", "am", "zum", "zur", "vom", "beim");

    /** The one connector a German article may follow inside a name: "Ursula von der Leyen". */
    static final String ARTICLE_JOINING_CONNECTOR = "von";

    // ---- Name shapes ----------------------------------------------------------------------

    /** A line is judged shouted only on this many words of two letters or more: two capitals prove nothing. */
    static final int SHOUTING_MIN_WORDS = 3;
    /** Only words of this many letters count towards shouting: "A" and "I" are capitals in any line. */
    static final int SHOUTING_MIN_LETTERS = 2;
    /** More than this share of a line's words in capitals and it is shouted: capitals no longer mark names. */
    static final double SHOUTING_CAPS_SHARE = 0.5;
    /** The shortest plural of a demonym ("Thais", "Kiwis"); a shorter word's final 's' is not stripped. */
    static final int SHORTEST_PLURAL_DEMONYM = 5;
    /** An acronym is at least two characters: a capital alone is an initial or "I". */
    static final int ACRONYM_MIN_LENGTH = 2;
    /** An acronym is at most six characters ("NASDAQ", "AT&T"): a longer run of capitals is a shouted word. */
    static final int ACRONYM_MAX_LENGTH = 6;

    /**
     * Titles only as a portfolio after "of" ("Secretary of State"); elsewhere the word is part of a
     * name: "State Department", "Ohio State".
     */
    static final Set<String> PORTFOLIO_ONLY_TITLES = WordSets.of("state");

    /**
     * A German compound title's prefix has at least this many letters ("Vize", "Ober", "Außen"): a
     * word at most two letters longer than a title ending is not taken for a title.
     */
    static final int GERMAN_TITLE_MIN_PREFIX = 3;

    /** A place joined to a participle is of one or two words: "Norway-led", "Abu Dhabi-based". */
    static final int HYPHENATED_PLACE_MAX_WORDS = 2;

    /** Capitalised words that are not names: calendar words and common sentence openers. */
    static final Set<String> NOT_NAMES = WordSets.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "i", "i'm", "i've", "i'd", "i'll", "mr", "mrs", "ms",
            "today", "yesterday", "tomorrow", "ok", "okay", "yes", "no", "oh",
            // Time zones, currency codes and degrees, written in capitals beside numbers: "10:00 UTC", "USD".
            "utc", "gmt", "bst", "edt", "est", "cet", "cest", "pst", "pdt", "usd", "eur", "gbp", "phd");

    // ---- Salience weights -----------------------------------------------------------------

    // Weights fitted on SEL's development half by `./precis eval salience --fit --hold mentions,spread`
    // (coordinate search for P@1 + P@3 from the previous weights, the mention share and bare-acronym penalty
    // starting at 0.3; `--cv` with the same hold cross-validates it on two halves). Mentions and spread are
    // held: left free, the fit trades them for early mentions (P@1 +0.006, P@3 +0.002), and a name recurring across a
    // story (Xi Jinping, three times in the seed article) falls out of the top ten behind names of one early
    // sentence. On the set P@1 0.856, P@3 0.626; cross-validated 0.844 / 0.620 (without the two new
    // features 0.833 / 0.613).

    /** More mentions, more attention; logarithmic, so the tenth mention adds less than the second. */
    static final double W_MENTIONS = 0.5;
    /** Entities introduced early are what the story is about (the inverted pyramid). */
    static final double W_FIRST_MENTION = 1.0;
    /** How fast the first-mention bonus fades, per sentence. */
    static final double FIRST_MENTION_DECAY = 0.3125;
    /** Being named in the headline is the strongest single signal of topic. */
    static final double W_HEADLINE = 1.35;
    /** Subjects (names in a sentence's first words) are what sentences are about. */
    static final double W_SUBJECT = 0.5;
    /** A sentence's first words count as its subject position. */
    static final int SUBJECT_WORDS = 4;
    /** Recurring across the article beats a burst in one paragraph. */
    static final double W_SPREAD = 0.8;
    /** People, places and organisations are what stories are about; other capitalised words often are not. */
    static final double W_KNOWN_KIND = 0.1;
    /**
     * Counts measured against the article: five mentions in a story naming forty things say more
     * than five in a story naming four hundred. Linear, where {@link #W_MENTIONS} is logarithmic.
     */
    static final double W_MENTION_SHARE = 0.3;
    /**
     * An acronym the article never spells out is mostly a passing reference (a time zone, a news
     * agency, a unit); the subject of a story is introduced by name.
     */
    static final double W_BARE_ACRONYM = 0.375;
}
