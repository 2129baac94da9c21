/**
 * The wijken of the gemeenten below, by gemeentecode, with their CBS wijkcode.
 *
 * Source: CBS/PDOK "Gebiedsindelingen 2025", wijk_gegeneraliseerd (statcode, statnaam, gmCode;
 * cartomap/nl wgs84/wijk_2025.geojson, features 1817–2156 and 2790–2791), transcribed for the
 * gemeenten of GGD-regio Brabant-Zuidoost that are listed here. That file holds every Dutch wijk
 * (1.47 MB); the others are not transcribed yet, so a gemeente missing here offers no wijken.
 * Missing in this region so far: Gemert-Bakel, Laarbeek, Someren (Helmond-De Peel), Nuenen,
 * Oirschot, Son en Breugel, Heeze-Leende, Reusel-De Mierden, Cranendonck, Bergeijk, Bladel.
 *
 * Loaded only through shared/catalog/wijken.ts, whose dynamic import keeps this module in its own
 * chunk of the built extension.
 */
import type { Area } from './areas.ts';

export const WIJKEN: Readonly<Record<string, readonly Area[]>> = {
  GM0743: [
    { code: 'WK074301', name: 'Asten industrie noord' },
    { code: 'WK074302', name: 'Asten buitengebied oost' },
    { code: 'WK074303', name: 'Asten noord' },
    { code: 'WK074304', name: 'Asten oost' },
    { code: 'WK074305', name: 'Asten zuid' },
    { code: 'WK074306', name: 'Asten centrum / west' },
    { code: 'WK074307', name: 'Asten buitengebied west' },
    { code: 'WK074308', name: 'Heusden wonen' },
    { code: 'WK074309', name: 'Heusden recreatie' },
    { code: 'WK074310', name: 'Ommel wonen' },
    { code: 'WK074311', name: 'Ommel recreatie' },
  ],
  GM0753: [
    { code: 'WK075301', name: 'Centrum' },
    { code: 'WK075302', name: 'Hoge Akker' },
    { code: 'WK075303', name: 'Speelheide' },
    { code: 'WK075304', name: 'De Leeuwerik' },
    { code: 'WK075305', name: 'Villawijk' },
    { code: 'WK075306', name: 'Batadorp' },
    { code: 'WK075307', name: 'Salderes' },
    { code: 'WK075308', name: 'Wilhelminadorp' },
    { code: 'WK075309', name: 'Naastenbest' },
    { code: 'WK075310', name: "'t Zand" },
    { code: 'WK075311', name: 'Breeven' },
    { code: 'WK075312', name: 'Heide' },
    { code: 'WK075313', name: 'Heuveleind' },
    { code: 'WK075314', name: 'Heivelden' },
    { code: 'WK075315', name: 'Buitengebied' },
    { code: 'WK075316', name: 'Dijkstraten' },
    { code: 'WK075317', name: 'Kantonnier' },
    { code: 'WK075318', name: 'Steegsche Velden' },
    { code: 'WK075319', name: 'Aarlesche Erven' },
  ],
  GM0762: [
    { code: 'WK076201', name: 'Deurne' },
    { code: 'WK076202', name: 'Heiakker' },
    { code: 'WK076203', name: 'Koolhof' },
    { code: 'WK076204', name: 'Sint Jozefparochie' },
    { code: 'WK076205', name: 'Vlierden' },
    { code: 'WK076206', name: 'Liessel' },
    { code: 'WK076207', name: 'Neerkant' },
    { code: 'WK076208', name: 'Helenaveen' },
  ],
  GM0770: [
    { code: 'WK077000', name: 'Eersel' },
    { code: 'WK077001', name: 'Duizel' },
    { code: 'WK077002', name: 'Steensel' },
    { code: 'WK077003', name: 'Vessem' },
    { code: 'WK077004', name: 'Wintelre' },
    { code: 'WK077005', name: 'Knegsel' },
  ],
  GM0772: [
    { code: 'WK077211', name: 'Centrum' },
    { code: 'WK077221', name: 'Oud-Stratum' },
    { code: 'WK077222', name: 'Kortonjo' },
    { code: 'WK077223', name: 'Putten' },
    { code: 'WK077231', name: 'De Laak' },
    { code: 'WK077232', name: 'Doornakkers' },
    { code: 'WK077233', name: 'Oud-Tongelre' },
    { code: 'WK077241', name: 'Oud-Woensel' },
    { code: 'WK077242', name: 'Erp' },
    { code: 'WK077243', name: 'Begijnenbroek' },
    { code: 'WK077251', name: 'Ontginning' },
    { code: 'WK077252', name: 'Achtse Molen' },
    { code: 'WK077253', name: 'Aanschot' },
    { code: 'WK077254', name: 'Dommelbeemd' },
    { code: 'WK077261', name: 'Oud-Strijp' },
    { code: 'WK077262', name: 'Halve Maan' },
    { code: 'WK077263', name: 'Meerhoven' },
    { code: 'WK077271', name: 'Rozenknopje' },
    { code: 'WK077272', name: 'Oud-Gestel' },
    { code: 'WK077273', name: 'Gestelse Ontginning' },
  ],
  GM0794: [
    { code: 'WK079410', name: 'Wijk 10 Binnenstad' },
    { code: 'WK079411', name: 'Wijk 11 Helmond-Oost' },
    { code: 'WK079412', name: 'Wijk 12 Helmond-Noord' },
    { code: 'WK079413', name: "Wijk 13 't Hout" },
    { code: 'WK079414', name: 'Wijk 14 Brouwhuis' },
    { code: 'WK079415', name: 'Wijk 15 Helmond-West' },
    { code: 'WK079416', name: 'Wijk 16 Warande' },
    { code: 'WK079417', name: 'Wijk 17 Stiphout' },
    { code: 'WK079418', name: 'Wijk 18 Rijpelberg' },
    { code: 'WK079419', name: 'Wijk 19 Dierdonk' },
    { code: 'WK079421', name: 'Wijk 21 Brandevoort' },
    { code: 'WK079429', name: 'Wijk 29 Industriegebied Zuid' },
  ],
  GM0858: [
    { code: 'WK085800', name: 'Wijk 00 Valkenswaard' },
    { code: 'WK085801', name: 'Wijk 01 Dommelen' },
    { code: 'WK085802', name: 'Wijk 02 Borkel en Schaft' },
  ],
  GM0861: [
    { code: 'WK086100', name: 'Wijk 00 Veldhoven' },
    { code: 'WK086101', name: 'Wijk 01 Noordelijk Woongebied' },
    { code: 'WK086102', name: 'Wijk 02 Oerle' },
  ],
  GM0866: [{ code: 'WK086600', name: 'Wijk 00 Waalre' }],
  GM1771: [
    { code: 'WK177100', name: 'Geldrop' },
    { code: 'WK177101', name: 'Mierlo' },
  ],
};
