/**
 * Countries, regions and cities by name, from the lexicons of compromise
 * 14.14.4 (English) and es-compromise 0.2.11 (Spanish), MIT-licensed: a
 * place is where people speak, never one of them ("Connecticut", "Hong Kong",
 * "México"). Written by scripts/placeNames.mjs; do not edit by hand. The
 * suggester reads this list rather than the libraries, which take 2 s to load.
 * Names the lexicons also give a person ("Houston", "Santiago") are not here.
 */
import { foldText } from '../text/fold'

const PLACES = new Set(
  [
    'aalborg|aarhus|abidjan|abu dhabi|accra|addis ababa|adygea|afganistán|afghanistan|africa|agartala|aguascalientes',
    'ahmedabad|aizawl|al basrah al qadimah|al mawsil al jadidah|alabama|alaska|albania|alberta|albuquerque|alemania|aleppo|algeria',
    'algiers|almaty|altai|amaravati|america|amman|amsterdam|américa del norte|américa del sur|américa latina|anaheim|anapolis',
    'anchorage|ancona|andhra pradesh|andorra|angola|anguilla|ankara|antarctica|antigua and barbuda|antigua y barbuda|antwerp|antártida',
    'aqaba|arabia saudita|argelia|argentina|arizona|arkansas|arlington|armenia|aruba|arunachal pradesh|ashdod|ashgabat',
    'asia|asia pacific|asuncion|athens|atlanta|auckland|australia|austria|azerbaijan|azerbaiyán|baghdad|bahamas',
    'bahia|bahrain|baja california|bakersfield|baku|balcanes|balkans|balkaria|bandung|bangalore|bangkok|bangladesh',
    'bangladés|banja luka|baotou|barbados|barcelona|bari|barranquilla|baréin|basel|bashkortostan|basque|basrah',
    'bavaria|bayan nur|beijing|beirut|belarus|belfast|belgium|belgrade|belice|belize|belo horizonte|bengaluru',
    'benghazi|benin|benín|bergen|berlin|bermuda|bern|bhopal|bhubaneshwar|bhutan|bielorrusia|bihar',
    'birmania|birmingham|bogota|bolivia|bonaire|bosnia and herzegovina|bosnia-herzegovina|boston|botsuana|botswana|bouvet island|brasil',
    'brasilia|bratislava|brazil|brazzaville|bremen|brisbane|bristol|british columbia|british virgin islands|brunei|brunéi|brussels',
    'bucharest|buckinghamshire|budapest|buenos aires|bulgaria|burgas|burkina faso|burma|bursa|burundi|buryatia|busan',
    'butuan|bután|bélgica|cabo verde|cagliari|cairo|calgary|california|camayenne|cambodia|camboya|cambridgeshire',
    'cameroon|camerún|campeche|canada|canadá|canberra|cancun|cape town|cape verde|caracas|cardiff|caribbean',
    'caribe|catania|catar|cayman islands|ceara|cebu|central african republic|central america|centroamérica|changchun|changsha|changzhou',
    'chattogram|chechnya|chengdu|chengzhong|chennai|cherkessia|chhattisgarh|chiang mai|chiapas|chicago|chihuahua|chile',
    'china|chipre|chittagong|chongqing|christchurch|christmas island|chuvashia|coahuila|cocos islands|colima|cologne|colombia',
    'colombo|colorado|comoras|comoros|conakry|congo brazzaville|connecticut|constanta|cook islands|copenhagen|cordoba|corea del norte',
    'corea del sur|cork|corsica|costa de marfil|costa rica|cote d\'ivoire|cote de ivoire|coventry|craiova|crimea|croacia|croatia',
    'cuba|cumbria|curacao|curitiba|cyprus|czech republic|czechia|dadonghai|daegu|daejeon|dagestan|dakar',
    'dalian|damascus|dar es salaam|daugavpils|dehradun|delaware|delhi|denmark|derbyshire|detroit|dhaka|dinamarca',
    'dispur|djibouti|doha|dominica|dominican republic|dongguan|dorset|dortmund|dr congo|dresden|dubai|dublin',
    'duesseldorf|dunkirk|durango|durban|dushanbe|east asia|east timor|ecuador|edinburgh|edmonton|egipto|egypt',
    'eindhoven|el paso|el salvador|emiratos árabes unidos|england|equatorial guinea|eritrea|escandinavia|escocia|eslovaquia|eslovenia|españa',
    'essex|estados unidos|estonia|ethiopia|etiopía|europa|europe|faisalabad|falkland islands|faroe islands|fes|fiji',
    'filipinas|finland|finlandia|fiyi|florida|fort worth|fortaleza|foshan|france|francia|frankfurt|french guiana',
    'french polynesia|fresno|fujian|fukuyama|gabon|gabón|gales|galway|gambia|gandhinagar|gangtok|gansu',
    'gaza|gdansk|geneva|genoa|genève|georgia|germany|ghana|ghent|gibraltar|giza|glasgow',
    'gloucestershire|goa|gold coast|gothenburg|granada|graz|grecia|greece|greenland|grenada|guadalajara|guadalupe',
    'guadeloupe|guam|guanajuato|guangdong|guangzhou|guatemala|guayaquil|guernsey|guinea|guinea bissau|guinea ecuatorial|guinea-bisáu',
    'guizhou|gujarat|gujrat|guyana|haifa|haiti|haití|halifax|hamburg|hampshire|hangzhou|hannover',
    'hanoi|harbin|haryana|havana|hawaii|hefei|helsinki|heraklion|hertfordshire|hidalgo|himachal pradesh|ho chi minh',
    'homs|honduras|hong kong|honolulu|hunan|hungary|hungría|hyderabad|ibadan|iceland|idaho|illinois',
    'imphal|incheon|india|indiana|indianapolis|indonesia|indore|inglaterra|ingushetia|iowa|irak|iran',
    'iraq|ireland|irkutsk|irlanda|irlanda del norte|irán|isfahan|islamabad|islandia|islas marshall|islas salomón|isle of man',
    'islington|israel|istanbul|italia|italy|itanagar|ivory coast|izmir|iztapalapa|i̇zmir|jaipur|jakarta',
    'jalisco|jamaica|japan|japón|jeddah|jersey|jerusalem|jharkhand|jiangxi|jilin|jinan|johannesburg',
    'jordania|kabardino|kabul|kaduna|kallakurichi|kalmykia|kampala|kandahar|kandy|kano|kanpur|kansas',
    'kaohsiung|karachay|karachi|karaj|karelia|karnataka|kashmir|kaunas|kawaguchi|kazajistán|kazakhstan|kedah',
    'keeling islands|kelantan|kenia|kentucky|kenya|kerala|khakassia|kharkiv|khartoum|khulna|kiev|kingston',
    'kinshasa|kirguistán|kiribati|kirkuk|klaipeda|kohima|kolkata|komi|kopavogur|korea|kosice|kosovo',
    'kowloon|krakow|kuala lumpur|kunming|kunshan|kuwait|kyiv|kyoto|kyrgyzstan|la paz|la plata|lagos',
    'lahore|lancashire|lanzhou|laos|latin america|latinoamérica|latvia|lausanne|le mans|lebanon|leeds|leicester',
    'leicestershire|leipzig|lesotho|lesoto|letonia|liberia|libia|libreville|libya|liechtenstein|liege|lima',
    'limassol|lincolnshire|linz|lisbon|lithuania|lituania|liverpool|london|londres|long beach|los angeles|louisiana',
    'luanda|lucknow|ludhiana|luxembourg|luxemburgo|lviv|lyon|líbano|macao|macau|macedonia|madagascar',
    'madhya|madhya pradesh|madrid|maharashtra|maine|makassar|malacca|malasia|malaui|malawi|malaysia|maldivas',
    'maldives|mali|malmo|malta|malí|manaus|manchester|mandalay|manila|manipur|manitoba|maracaibo',
    'maracay|maranhao|mari el|maribor|marrakesh|marruecos|marseille|marshall islands|martinique|maryland|mashhad|massachusetts',
    'mauritania|mauritius|mayotte|mecca|medan|medellin|medellín|medina|medio oriente|meghalaya|melbourne|memphis',
    'mendoza|messina|mexico|miami|michigan|michoacan|micronesia|middle east|midlands|milan|milwaukee|minas gerais',
    'minnesota|minsk|miskolc|mississauga|mississippi|missouri|mizoram|mogadishu|moldavia|moldova|monaco|mongolia',
    'montana|montenegro|montevideo|montpellier|montreal|montserrat|mordovia|morelos|morocco|moscou|moscow|mosul',
    'mozambique|mumbai|munich|muscat|myanmar|méxico|mónaco|nagaland|nagano|nagasaki|nagoya|nagpur',
    'nairobi|namibia|nanchang|nanchong|nanjing|nantes|nantong|naples|nashville|nauru|navan|nayarit',
    'nebraska|nepal|netherlands|nevada|new brunswick|new delhi|new hampshire|new jersey|new mexico|new orleans|new taipei|new york',
    'new york city|new york state|new zealand|newcastle|newfoundland|newfoundland and labrador|nicaragua|niger|nigeria|ningbo|nis|niue',
    'norfolk|norfolk island|normandy|norteamérica|north america|north carolina|north dakota|north korea|north yorkshire|northamptonshire|northern ireland|northern mariana islands',
    'noruega|norway|nottinghamshire|nova scotia|novosibirsk|nueva zelanda|nuevo leon|nunavut|nyc|níger|oakland|oaxaca',
    'oceania|oceanía|odessa|odisha|ohio|oklahoma|oman|omsk|omán|ontario|ordos|oregon',
    'oriente medio|osaka|oslo|ossetia|ottawa|oxfordshire|padua|pahang|pakistan|pakistán|palaos|palau',
    'palermo|palestine|panaji|panama|panamá|papua new guinea|papúa nueva guinea|para|paraguay|parana|paris|patna',
    'patras|países bajos|pei|peking|penang|pennsylvania|perak|pernambuco|perth|peru|perú|petah tikva',
    'philadelphia|phnom penh|phoenix|pilsen|piraeus|pitcairn islands|pittsburgh|poland|polonia|port au prince|port elizabeth|port said',
    'portland|porto|portugal|poznan|prague|prato|pretoria|prince edward island|puebla|puerto rico|punjab|puyang',
    'pyongyang|qatar|qingdao|qinghai|quebec|queensland|queretaro|quezon|quintana roo|quito|rabat|raipur',
    'rajasthan|rajshahi|raleigh|ranchi|rangpur|rawalpindi|recife|reims|reino unido|rennes|republic of ireland|república centroafricana',
    'república checa|república de macedonia|república del congo|república democrática del congo|república dominicana|reykjavik|rhode island|riga|rio de janeiro|riyadh|romania|rome',
    'rotterdam|ruanda|rumania|rusia|russia|rwanda|sacramento|saint helena|saint louis|saint lucia|saint martin|saint petersburg',
    'salem|salt lake city|salzburg|samoa|san antonio|san cristóbal y nieves|san diego|san francisco|san jose|san juan|san luis potosi|san marino',
    'san pedro|san salvador|san vicente y las granadinas|sanaa|santa ana|santa catarina|santa fe|santa lucía|santa marta|santo domingo|sao paulo|sao tomé y príncipe',
    'sapporo|sarajevo|sarawak|saskatchewan|saudi arabia|saxony|scandinavia|scotland|seattle|selangor|senegal|seoul',
    'serbia|seville|seychelles|shanghai|shantou|sheffield|shenyang|shenzhen|shijiazhuang|shillong|shimla|shiyan',
    'siberia|sichuan|sicily|sierra leona|sierra leone|sikkim|sinaloa|singapore|singapur|sint maarten|siria|skopje',
    'slovakia|slovenia|solomon islands|somalia|somerset|sonora|south africa|south america|south carolina|south dakota|south korea|south sudan',
    'southeast asia|soweto|spain|sri lanka|staffordshire|staten island|stockholm|strasbourg|stuttgart|suazilandia|sudamérica|sudeste asiático',
    'sudáfrica|sudán|sudán del sur|suecia|suffolk|suiza|surabaya|suramérica|surat|surinam|suriname|surrey',
    'sussex|suzhou|swaziland|sweden|switzerland|sylhet|syria|tabasco|tabriz|taian|taichung|tailandia',
    'tainan|taipei|taiwan|taiyuan|tajikistan|tallinn|tamaulipas|tamil nadu|tampere|tangier|tangshan|tanzania',
    'tartu|tashkent|tasmania|tatarstan|tayikistán|tbilisi|tegucigalpa|tehran|tel aviv|telangana|tennessee|texas',
    'thailand|the hague|thessaloniki|tianjin|tianshui|tijuana|tilburg|timisoara|timor leste|timor oriental|tirana|tlaxcala',
    'togo|tokelau|tokyo|tomsk|tonga|toronto|toulon|toulouse|trieste|trinidad and tobago|trinidad tobago|trinidad y tobago',
    'tripoli|tripura|trondheim|tulsa|tunis|tunisia|turin|turkey|turkmenistan|turkmenistán|turks and caicos islands|turku',
    'turquía|tuscany|tuva|tuvalu|túnez|ucrania|udmurtia|uganda|uk|ukraine|ulan bator|united arab emirates',
    'united kingdom|united states|united states of america|uruguay|urumqi|us virgin islands|usa|ussr|utah|utrecht|uttar pradesh|uttarakhand',
    'uzbekistan|uzbekistán|valencia|vancouver|vanuatu|varna|vatican city|venezuela|venice|veracruz|vermont|verona',
    'versailles|vienna|vietnam|vilnius|vladivostok|volgograd|wales|wallis and futuna|warsaw|warwickshire|washington|washington dc',
    'wellington|west bengal|west virginia|wexford|wichita|wicklow|windhoek|windsor|winnipeg|winterthur|wisconsin|wroclaw',
    'wuhan|wuxi|wuzhou|wyoming|xiamen|xian|xinyang|yakutia|yangon|yekaterinburg|yemen|yerevan',
    'yibuti|yokohama|yorkshire|yucatan|yukon|yunfu|zacatecas|zagreb|zambia|zanzibar|zhangzhou|zhengzhou',
    'zhongshan|zibo|zimbabue|zimbabwe|zurich|áfrica'
  ]
    .join('|')
    .split('|')
)

/** A compass word before a place is part of a region's name: "Central Asia", "Eastern Europe", "Northern Mexico". */
const COMPASS = /^(?:central|north|south|east|west|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern|upper|lower|greater|mid)\s+/u

/** The whole name is a country, a region or a city (in either language, whatever its case). */
export function isPlaceName(name: string): boolean {
  const key = name.trim().toLocaleLowerCase()
  // (The lexicons write some names without their accents: "Nuevo León" is listed as "nuevo leon".)
  return PLACES.has(key) || PLACES.has(foldText(key)) || (COMPASS.test(key) && PLACES.has(key.replace(COMPASS, '')))
}

/** One person of a place, where the place's name does not make it: "the Spaniard", "the Frenchman", "the Portuguese". */
const ONE_OF_A_PLACE = new Set('spaniard frenchman frenchwoman dutchman dutchwoman englishman englishwoman irishman irishwoman welshman welshwoman scotsman scotswoman scot swede dane finn pole briton brit swiss portuguese argentine german greek thai turk filipino filipina'.split(' '))
/** A place's name and the ending that makes one of its people: "Brazil" → "Brazilian", "Mexico" → "Mexican", "Israel" → "Israeli", "Japan" → "Japanese". */
const ONE_OF_ENDINGS: readonly (readonly [RegExp, string])[] = [[/n$/u, ''], [/an$/u, 'o'], [/ian$/u, 'y'], [/ian$/u, 'a'], [/ian$/u, ''], [/i$/u, ''], [/ese$/u, ''], [/ese$/u, 'a']]

/** "Spaniard", "Brazilian", "Mexican", "Israeli": one word for one person of a country or a city. */
export function isOneOfAPlace(word: string): boolean {
  const w = word.toLocaleLowerCase()
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (ONE_OF_A_PLACE.has(w) || ONE_OF_ENDINGS.some(([end, stem]) => end.test(w) && isPlaceName(w.replace(end, stem))))
}
