/**
 * Unicode character names for `\N{…}` escapes, for the blocks programs
 * commonly use (ASCII, Latin-1, Latin Extended-A, Greek, punctuation,
 * currency, letterlike, arrows, math operators, box drawing, shapes,
 * miscellaneous symbols, dingbats) plus common aliases. The full Unicode
 * name table would be about a megabyte.
 *
 * Generated with Python 3.11's unicodedata; each entry of ENTRIES is
 * "<code point delta, base 36, empty for 1>:<word indexes into WORDS, base 36, dot-separated>".
 */

const WORDS =
  "LETTER WITH LATIN SMALL CAPITAL ARROW BOX AND DRAWINGS HEAVY GREEK RIGHT LEFT WHITE BLACK SIGN DOUBL" +
  "E TO LIGHT RIGHTWARDS VERTICAL SYMBOL UP DOWN EQUAL OF MARK HORIZONTAL SQUARE CIRCLED LOWER NOT UPPE" +
  "R DIGIT STROKE OR CIRCLE LEFTWARDS ACUTE DOT DINGBAT TRIANGLE SINGLE FOR ORNAMENT CIRCUMFLEX BAR A S" +
  "ANS-SERIF STAR QUADRANT E I UPWARDS U QUOTATION O HALF NEGATIVE DOWNWARDS ASTERISK LESS-THAN GREATER" +
  "-THAN CROSS BLOCK CARON TONOS TWO L TILDE CEDILLA DASH DOUBLE-STRUCK MEDIUM ANGLE ABOVE ONE THREE FO" +
  "UR C BRACKET DIAERESIS REVERSED COPTIC EQUIVALENT EIGHT S SCRIPT G N BREVE EAST HARPOON CHESS LINE R" +
  " Z GRAVE LEFT-POINTING MACRON RIGHT-POINTING SIGMA BULLET TRIPLE TURNED DOES ELEMENT OPERATOR LUNATE" +
  " UPSILON NOR NORMAL RECYCLING POINTED EXCLAMATION H Y MINUS NORTH CONTAINS INTEGRAL NEITHER ARC DIAM" +
  "OND DIAGONAL MALE QUESTION D T X CURLY RING OGONEK IOTA CENTRE OVER N-ARY SOUTH OPEN BARB BUT SUBGRO" +
  "UP HEART TRIGRAM SUIT COMMA FIVE DIALYTIKA PRIME WEST ON AS IMAGE SQUARED FILL UP-POINTING PLASTICS " +
  "OUTLINED SHADOWED TEARDROP-SPOKED END PARENTHESIS SIX SEVEN EQUALS INVERTED QUARTER DOTTED EPSILON P" +
  "I FROM DASHED PRODUCT LOGICAL PRECEDES SUCCEEDS SUBSET SUPERSET EIGHTH EIGHTHS POINTING INDEX DIE BL" +
  "ACK-FEATHERED SPACE PLUS ZERO AT F J LOW DIVISION RHO HOOK ELLIPSIS PUNCTUATION QUADRUPLE BLACK-LETT" +
  "ER ITALIC ARROWS APPROXIMATELY IN ORIGINAL DOWN-POINTING BALLOT FEMALE SCISSORS NUMBER NINE COLON B " +
  "K P Q W HYPHEN MIDDLE FRACTION MULTIPLICATION LIGATURE LONG ARCHAIC SAMPI DIGAMMA ALPHA ETA OMICRON " +
  "OMEGA GAMMA THETA KOPPA WIDTH TEN DOTS TELEPHONE ROTATED WAVE HEADED LOOP TIP CORNER CLOCKWISE PAIRE" +
  "D PEDESTAL UNION MUCH TACK SEMIDIRECT OVERBAR RECTANGLE POINTER INVERSE CIRCULAR SUN CHECK SHOGI PIE" +
  "CE YIN YANG KING DIGRAM FLAG DRAUGHTS PENTAGRAM FLORETTE TRIANGLE-HEADED RIGHT-SHADOWED CHARACTER M " +
  "ACCENT NO-BREAK DEGREE SUPERSCRIPT VULGAR QUARTERS BY BETA DELTA KAPPA PHI CHI LEFT-TO-RIGHT RIGHT-T" +
  "O-LEFT POINT PER SLASH THE CONSTANT ANTICLOCKWISE OPEN-HEADED ALL MEMBER CONTAIN ROOT PARALLEL INTER" +
  "SECTION CONTOUR ALMOST MULTISET TIMES TURNSTILE SHADE CLOUD UMBRELLA SNOWMAN RAIN FLORAL FACE MOON M" +
  "USIC PAPER GEAR WAY TRAFFIC HAND PENCIL BALLOON-SPOKED PINWHEEL SNOWFLAKE CURVED ARROWHEAD TABULATIO" +
  "N FEED NEW AMPERSAND APOSTROPHE FULL SOLIDUS SEMICOLON COMMERCIAL V COPYRIGHT ORDINAL INDICATOR PILC" +
  "ROW AE ETH THORN SHARP IJ ENG OE HETA NUMERAL PAMPHYLIAN YOT ZETA LAMDA MU NU XI TAU PSI KAI STIGMA " +
  "SHEI FEI KHEI HORI GANGIA SHIMA DEI SHO SAN LOW-9 HIGH-REVERSED-9 DAGGER LEADER SEPARATOR PARAGRAPH " +
  "EMBEDDING OVERRIDE CARET UNDERTIE QUILL FLOWER LIRA RUPEE PLANCK OHM SOURCE SUMMATION TAIL TOP SEMIC" +
  "IRCLE SQUIGGLE THERE SET MEASURED PROPORTION ASYMPTOTICALLY ACTUALLY GEOMETRICALLY BETWEEN IDENTICAL" +
  " PRECEDE SUCCEED CUP TRUE UNDER RELATION FACTOR VERY CORNERS CONTAINING CROSSHATCH PARALLELOGRAM RAY" +
  "S NODE SALTIRE HOT HAMMER THUNDER MOUNTAIN EARTH SMILING URANUS QUEEN ROOK BISHOP KNIGHT PAWN SPADE " +
  "CLUB NOTE BEAMED NOTES SYRIAC UNIVERSAL MONOGRAM GREATER LESSER PICK STAFF LINES CONVERGING DOUBLED " +
  "BALL MAN WITHOUT CROSSING LANES CAR ENTRY TWO-WAY LANE MERGE DRIVE RESTRICTED INTERLACED BLADE RAISE" +
  "D NIB RECTILINEAR PETALLED SPARKLE PROPELLER DROP-SHADOWED FLATTENED TORTOISE SHELL THREE-D NOTCHED " +
  "WEDGE-TAILED NUL NULL ALERT BEL BACKSPACE BS TAB EOL LF FF FORM CARRIAGE RETURN CR ESC ESCAPE DOLLAR" +
  " PERCENT HYPHEN-MINUS STOP REVERSE DEL DELETE NBSP CENT POUND CURRENCY YEN BROKEN SECTION FEMININE S" +
  "HY SOFT REGISTERED PLUS-MINUS MICRO MASCULINE DOTLESS KRA PRECEDED YPOGEGRAMMENI ANO TELEIA FINAL ZW" +
  "SP NON-JOINER ZWNJ JOINER ZWJ LRM RLM NON-BREAKING FIGURE EN EM TRIANGULAR HYPHENATION POP DIRECTION" +
  "AL FORMATTING NARROW MILLE THOUSAND REFERENCE INTERROBANG OVERLINE TIE INSERTION ASTERISM TIRONIAN E" +
  "T CLOSE ASTERISKS ALIGNED VERTICALLY SWUNG TRICOLON EURO-CURRENCY CRUZEIRO FRENCH FRANC MILL NAIRA P" +
  "ESETA WON SHEQEL DONG EURO KIP TUGRIK DRACHMA GERMAN PENNY PESO GUARANI AUSTRAL HRYVNIA CEDI LIVRE T" +
  "OURNOIS SPESMILO TENGE INDIAN TURKISH NORDIC MANAT RUBLE LARI BITCOIN SOM ACCOUNT ADDRESSED SUBJECT " +
  "CELSIUS CARE CADA UNA EULER SCRUPLE FAHRENHEIT NUMERO SOUND RECORDING PRESCRIPTION TAKE RESPONSE SER" +
  "VICE TRADE VERSICLE OUNCE KELVIN ANGSTROM ESTIMATED ALEF BET GIMEL DALET INFORMATION FACSIMILE PROPE" +
  "RTY AKTIESELSKAB SAMARITAN BASE ZIGZAG WALL COMPLEMENT PARTIAL DIFFERENTIAL EXISTS EXIST EMPTY INCRE" +
  "MENT NABLA AN PROOF COPRODUCT MINUS-OR-PLUS CUBE FOURTH PROPORTIONAL INFINITY SPHERICAL DIVIDES DIVI" +
  "DE SURFACE VOLUME THEREFORE BECAUSE RATIO EXCESS GEOMETRIC HOMOTHETIC LAZY SINE WREATH DIFFERENCE AP" +
  "PROACHES LIMIT CORRESPONDS ESTIMATES EQUIANGULAR DEFINITION QUESTIONED STRICTLY CAP ASSERTION MODELS" +
  " FORCES PROVE FORCE NEGATED MULTIMAP HERMITIAN CONJUGATE MATRIX INTERCALATE XOR NAND BOWTIE PITCHFOR" +
  "K MIDLINE UNDERBAR STROKES NOTATION BAG MEMBERSHIP DARK ROUNDED ORTHOGONAL FISHEYE LOZENGE BULLSEYE " +
  "BISECTING LARGE COMET LIGHTNING THUNDERSTORM ASCENDING DESCENDING CONJUNCTION OPPOSITION DROPS BEVER" +
  "AGE SHAMROCK SKULL CROSSBONES CAUTION RADIOACTIVE BIOHAZARD CADUCEUS ANKH ORTHODOX LORRAINE JERUSALE" +
  "M CRESCENT FARSI ADI SHAKTI SICKLE PEACE HEAVEN LAKE FIRE WIND WATER WHEEL DHARMA FROWNING FIRST LAS" +
  "T MERCURY JUPITER SATURN NEPTUNE PLUTO ARIES TAURUS GEMINI CANCER LEO VIRGO LIBRA SCORPIUS SAGITTARI" +
  "US CAPRICORN AQUARIUS PISCES SPRINGS SIXTEENTH FLAT NATURAL TYPE-1 TYPE-2 TYPE-3 TYPE-4 TYPE-5 TYPE-" +
  "6 TYPE-7 GENERIC MATERIALS RECYCLED PARTIALLY-RECYCLED PERMANENT WHEELCHAIR FACE-1 FACE-2 FACE-3 FAC" +
  "E-4 FACE-5 FACE-6 ANCHOR CROSSED SWORDS AESCULAPIUS SCALES ALEMBIC HERMES ATOM FLEUR-DE-LIS WARNING " +
  "HIGH VOLTAGE INTERLOCKED MARRIAGE DIVORCE UNMARRIED PARTNERSHIP COFFIN FUNERAL URN NEUTER CERES PALL" +
  "AS JUNO VESTA CHIRON LILITH SEXTILE SEMISEXTILE QUINCUNX SESQUIQUADRATE SOCCER BASEBALL KEY SNOW BEH" +
  "IND DISABLED OPHIUCHUS SLIDING HELMET CHAINS NO ALTERNATE ONE-WAY SLOW CLOSED FALLING TRUCK ENTRY-1 " +
  "ENTRY-2 ASTRONOMICAL RIGHT-HANDED LEFT-HANDED SHIELD SHINTO SHRINE CHURCH CASTLE HISTORIC SITE HUB H" +
  "ANDLES MAP LIGHTHOUSE GROUND FOUNTAIN HOLE FERRY SAILBOAT SKIER ICE SKATE PERSON TENT JAPANESE BANK " +
  "HEADSTONE GRAVEYARD FUEL PUMP STRIPE SAFETY LOCATION TAPE AIRPLANE ENVELOPE FIST VICTORY WRITING MAL" +
  "TESE DAVID CLUB-SPOKED SPARKLES STRESS SPOKED TWELVE SIXTEEN TIGHT TRIFOLIATE CHEVRON STEM WIDE-HEAD" +
  "ED DRAFTING ROUND-TIPPED TOP-LIGHTED BOTTOM-LIGHTED SQUAT CONCAVE-POINTED RIGHT-SHADED LEFT-SHADED B" +
  "ACK-TILTED FRONT-TILTED WHITE-FEATHERED TEARDROP-BARBED TEARDROP-SHANKED OPEN-OUTLINED BOM BYTE ORDE" +
  "R ZWNBSP REPLACEMENT";

const ENTRIES =
  "0:cw,0:cx,7:cy,0:cz,:d0,0:d1,:7f.8x,0:r.8x,0:d2,:4g.p.2m,0:d3,0:d4,0:2m.8y,0:8z.2m,2:d5,0:d6.8y,:d7." +
  "d8,0:d9,e:da,0:db,5:54,:36.q,:1j.q,:5r.f,:dc.f,:dd.f,:90,:91,:c.4h,:b.4h,:1o,:55.f,:41,:de,:92.df,:9" +
  "3,:x.56,:x.24,:x.1v,:x.25,:x.26,:x.42,:x.4i,:x.4j,:x.2d,:x.5s,:5t,:94,:1p.f,:4k.f,:1q.f,:3i.q,:95.57" +
  ",:2.4.0.1b,:2.4.0.5u,:2.4.0.27,:2.4.0.3j,:2.4.0.1f,:2.4.0.58,:2.4.0.2g,:2.4.0.37,:2.4.0.1g,:2.4.0.59" +
  ",:2.4.0.5v,:2.4.0.1w,:2.4.0.7g,:2.4.0.2h,:2.4.0.1k,:2.4.0.5w,:2.4.0.5x,:2.4.0.2n,:2.4.0.2e,:2.4.0.3k" +
  ",:2.4.0.1i,:2.4.0.96,:2.4.0.5y,:2.4.0.3l,:2.4.0.38,:2.4.0.2o,:c.s.28,:dg.93,:b.s.28,:19.7h,:5a.2m,:2" +
  "p.7h,:2.3.0.1b,:2.3.0.5u,:2.3.0.27,:2.3.0.3j,:2.3.0.1f,:2.3.0.58,:2.3.0.2g,:2.3.0.37,:2.3.0.1g,:2.3." +
  "0.59,:2.3.0.5v,:2.3.0.1w,:2.3.0.7g,:2.3.0.2h,:2.3.0.1k,:2.3.0.5w,:2.3.0.5x,:2.3.0.2n,:2.3.0.2e,:2.3." +
  "0.3k,:2.3.0.1i,:2.3.0.96,:2.3.0.5y,:2.3.0.3l,:2.3.0.38,:2.3.0.2o,:c.3m.28,:k.2m,:b.3m.28,:1x,:dh,0:d" +
  "i,x:dj,0:7i.54,:4l.36.q,:dk.f,:dl.f,:dm.f,:dn.f,:do.1a,:dp.f,:29,:97.f,:dq.98.99,:2q.g.22.1j.q,:v.f," +
  ":dr,0:ds.5z,:dt.f,:2r,:7j.f,:du.f,:7k.1v,:7k.25,:12.7h,:dv.f,:9a.f,:60.13,:1y,:7k.24,:dw.98.99,:2s.g" +
  ".22.1j.q,:7l.61.24.4m,:7l.61.24.1l,:7l.61.25.7m,:4l.3i.q,:2.4.0.1b.1.2p,:2.4.0.1b.1.12,:2.4.0.1b.1.1" +
  "9,:2.4.0.1b.1.1x,:2.4.0.1b.1.29,:2.4.0.1b.1.3n.23,:2.4.0.9b,:2.4.0.27.1.1y,:2.4.0.1f.1.2p,:2.4.0.1f." +
  "1.12,:2.4.0.1f.1.19,:2.4.0.1f.1.29,:2.4.0.1g.1.2p,:2.4.0.1g.1.12,:2.4.0.1g.1.19,:2.4.0.1g.1.29,:2.4." +
  "0.9c,:2.4.0.2h.1.1x,:2.4.0.1k.1.2p,:2.4.0.1k.1.12,:2.4.0.1k.1.19,:2.4.0.1k.1.1x,:2.4.0.1k.1.29,:62.f" +
  ",:2.4.0.1k.1.y,:2.4.0.1i.1.2p,:2.4.0.1i.1.12,:2.4.0.1i.1.19,:2.4.0.1i.1.29,:2.4.0.38.1.12,:2.4.0.9d," +
  ":2.3.0.9e.2e,:2.3.0.1b.1.2p,:2.3.0.1b.1.12,:2.3.0.1b.1.19,:2.3.0.1b.1.1x,:2.3.0.1b.1.29,:2.3.0.1b.1." +
  "3n.23,:2.3.0.9b,:2.3.0.27.1.1y,:2.3.0.1f.1.2p,:2.3.0.1f.1.12,:2.3.0.1f.1.19,:2.3.0.1f.1.29,:2.3.0.1g" +
  ".1.2p,:2.3.0.1g.1.12,:2.3.0.1g.1.19,:2.3.0.1g.1.29,:2.3.0.9c,:2.3.0.2h.1.1x,:2.3.0.1k.1.2p,:2.3.0.1k" +
  ".1.12,:2.3.0.1k.1.19,:2.3.0.1k.1.1x,:2.3.0.1k.1.29,:5b.f,:2.3.0.1k.1.y,:2.3.0.1i.1.2p,:2.3.0.1i.1.12" +
  ",:2.3.0.1i.1.19,:2.3.0.1i.1.29,:2.3.0.38.1.12,:2.3.0.9d,:2.3.0.38.1.29,:2.4.0.1b.1.2r,:2.3.0.1b.1.2r" +
  ",:2.4.0.1b.1.2i,:2.3.0.1b.1.2i,:2.4.0.1b.1.3o,:2.3.0.1b.1.3o,:2.4.0.27.1.12,:2.3.0.27.1.12,:2.4.0.27" +
  ".1.19,:2.3.0.27.1.19,:2.4.0.27.1.13.23,:2.3.0.27.1.13.23,:2.4.0.27.1.1t,:2.3.0.27.1.1t,:2.4.0.3j.1.1" +
  "t,:2.3.0.3j.1.1t,:2.4.0.3j.1.y,:2.3.0.3j.1.y,:2.4.0.1f.1.2r,:2.3.0.1f.1.2r,:2.4.0.1f.1.2i,:2.3.0.1f." +
  "1.2i,:2.4.0.1f.1.13.23,:2.3.0.1f.1.13.23,:2.4.0.1f.1.3o,:2.3.0.1f.1.3o,:2.4.0.1f.1.1t,:2.3.0.1f.1.1t" +
  ",:2.4.0.2g.1.19,:2.3.0.2g.1.19,:2.4.0.2g.1.2i,:2.3.0.2g.1.2i,:2.4.0.2g.1.13.23,:2.3.0.2g.1.13.23,:2." +
  "4.0.2g.1.1y,:2.3.0.2g.1.1y,:2.4.0.37.1.19,:2.3.0.37.1.19,:2.4.0.37.1.y,:2.3.0.37.1.y,:2.4.0.1g.1.1x," +
  ":2.3.0.1g.1.1x,:2.4.0.1g.1.2r,:2.3.0.1g.1.2r,:2.4.0.1g.1.2i,:2.3.0.1g.1.2i,:2.4.0.1g.1.3o,:2.3.0.1g." +
  "1.3o,:2.4.0.1g.1.13.23,:2.3.0.dx.1g,:2.4.63.9f,:2.3.63.9f,:2.4.0.59.1.19,:2.3.0.59.1.19,:2.4.0.5v.1." +
  "1y,:2.3.0.5v.1.1y,:2.3.0.dy,:2.4.0.1w.1.12,:2.3.0.1w.1.12,:2.4.0.1w.1.1y,:2.3.0.1w.1.1y,:2.4.0.1w.1." +
  "1t,:2.3.0.1w.1.1t,:2.4.0.1w.1.60.13,:2.3.0.1w.1.60.13,:2.4.0.1w.1.y,:2.3.0.1w.1.y,:2.4.0.2h.1.12,:2." +
  "3.0.2h.1.12,:2.4.0.2h.1.1y,:2.3.0.2h.1.1y,:2.4.0.2h.1.1t,:2.3.0.2h.1.1t,:2.3.0.2h.dz.7n.91,:2.4.0.9g" +
  ",:2.3.0.9g,:2.4.0.1k.1.2r,:2.3.0.1k.1.2r,:2.4.0.1k.1.2i,:2.3.0.1k.1.2i,:2.4.0.1k.1.g.12,:2.3.0.1k.1." +
  "g.12,:2.4.63.9h,:2.3.63.9h,:2.4.0.2n.1.12,:2.3.0.2n.1.12,:2.4.0.2n.1.1y,:2.3.0.2n.1.1y,:2.4.0.2n.1.1" +
  "t,:2.3.0.2n.1.1t,:2.4.0.2e.1.12,:2.3.0.2e.1.12,:2.4.0.2e.1.19,:2.3.0.2e.1.19,:2.4.0.2e.1.1y,:2.3.0.2" +
  "e.1.1y,:2.4.0.2e.1.1t,:2.3.0.2e.1.1t,:2.4.0.3k.1.1y,:2.3.0.3k.1.1y,:2.4.0.3k.1.1t,:2.3.0.3k.1.1t,:2." +
  "4.0.3k.1.y,:2.3.0.3k.1.y,:2.4.0.1i.1.1x,:2.3.0.1i.1.1x,:2.4.0.1i.1.2r,:2.3.0.1i.1.2r,:2.4.0.1i.1.2i," +
  ":2.3.0.1i.1.2i,:2.4.0.1i.1.3n.23,:2.3.0.1i.1.3n.23,:2.4.0.1i.1.g.12,:2.3.0.1i.1.g.12,:2.4.0.1i.1.3o," +
  ":2.3.0.1i.1.3o,:2.4.0.5y.1.19,:2.3.0.5y.1.19,:2.4.0.38.1.19,:2.3.0.38.1.19,:2.4.0.38.1.29,:2.4.0.2o." +
  "1.12,:2.3.0.2o.1.12,:2.4.0.2o.1.13.23,:2.3.0.2o.1.13.23,:2.4.0.2o.1.1t,:2.3.0.2o.1.1t,:2.3.0.64.2e,d" +
  "t:a.4.0.9i,:a.3.0.9i,:a.4.0.65.66,:a.3.0.65.66,:a.9j.f,:a.u.9j.f,:a.4.0.9k.67,:a.3.0.9k.67,3:a.e0,:a" +
  ".3.2a.30.2t.l,:a.3.4n.30.2t.l,:a.3.2a.4n.30.2t.l,:a.3i.q,:a.4.0.9l,5:a.1u,:a.43.1u,:a.4.0.68.1.1u,:a" +
  ".e1.e2,:a.4.0.4o.1.1u,:a.4.0.69.1.1u,:a.4.0.3p.1.1u,2:a.4.0.6a.1.1u,2:a.4.0.31.1.1u,:a.4.0.6b.1.1u,:" +
  "a.3.0.3p.1.43.7.1u,:a.4.0.68,:a.4.0.7o,:a.4.0.6c,:a.4.0.7p,:a.4.0.4o,:a.4.0.9m,:a.4.0.69,:a.4.0.6d,:" +
  "a.4.0.3p,:a.4.0.7q,:a.4.0.9n,:a.4.0.9o,:a.4.0.9p,:a.4.0.9q,:a.4.0.6a,:a.4.0.4p,:a.4.0.5c,2:a.4.0.2t," +
  ":a.4.0.9r,:a.4.0.31,:a.4.0.7r,:a.4.0.7s,:a.4.0.9s,:a.4.0.6b,:a.4.0.3p.1.43,:a.4.0.31.1.43,:a.3.0.68." +
  "1.1u,:a.3.0.4o.1.1u,:a.3.0.69.1.1u,:a.3.0.3p.1.1u,:a.3.0.31.1.43.7.1u,:a.3.0.68,:a.3.0.7o,:a.3.0.6c," +
  ":a.3.0.7p,:a.3.0.4o,:a.3.0.9m,:a.3.0.69,:a.3.0.6d,:a.3.0.3p,:a.3.0.7q,:a.3.0.9n,:a.3.0.9o,:a.3.0.9p," +
  ":a.3.0.9q,:a.3.0.6a,:a.3.0.4p,:a.3.0.5c,:a.3.0.e3.2t,:a.3.0.2t,:a.3.0.9r,:a.3.0.31,:a.3.0.7r,:a.3.0." +
  "7s,:a.3.0.9s,:a.3.0.6b,:a.3.0.3p.1.43,:a.3.0.31.1.43,:a.3.0.6a.1.1u,:a.3.0.31.1.1u,:a.3.0.6b.1.1u,:a" +
  ".4.9t.l,:a.7o.l,:a.6d.l,:a.31.1.5d.l,:a.31.1.12.7.5d.l,:a.31.1.29.7.5d.l,:a.7r.l,:a.4p.l,:a.9t.l,:a." +
  "0.65.6e,:a.3.0.65.6e,:a.0.9u,:a.3.0.9u,:a.0.67,:a.3.0.67,:a.0.6e,:a.3.0.6e,:a.0.66,:a.3.0.66,:2b.4.0" +
  ".9v,:2b.3.0.9v,:2b.4.0.9w,:2b.3.0.9w,:2b.4.0.9x,:2b.3.0.9x,:2b.4.0.9y,:2b.3.0.9y,:2b.4.0.9z,:2b.3.0." +
  "9z,:2b.4.0.a0,:2b.3.0.a0,:2b.4.0.a1,:2b.3.0.a1,:a.7q.l,:a.5c.l,:a.30.2t.l,:a.0.9l,:a.4.6d.l,:a.30.4o" +
  ".l,:a.2a.30.4o.l,:a.4.0.a2,:a.3.0.a2,:a.4.30.2t.l,:a.4.0.a3,:a.3.0.a3,:a.5c.1.y.l,:a.4.2a.30.2t.l,:a" +
  ".4.4n.30.2t.l,:a.4.2a.4n.30.2t.l,5jg:56.6f.54,0:e4,:56.6f.e5,0:e6,:56.6f.e7,0:e8,:7t.q,0:e9,:7u.q,0:" +
  "ea,:5z,:eb.5z,:ec.1z,:ed.1z,:ee.1z,:r.1a,:g.k.2m,:g.5a.2m,:c.16.1j.q,:b.16.1j.q,:16.a4.1j.q,:16.a5.1" +
  "j.q,:c.g.1j.q,:b.g.1j.q,:g.a4.1j.q,:g.a5.1j.q,:a6,:g.a6,:2u,:ef.2u,:24.13.a7,:1v.13.a7,:r.5e,:eg.7v," +
  ":2m.a8,:a9.a8,:7t.aa,:7u.aa,:eh.ei.ej,:7t.ab,:7u.ab,:ek.7i.54,:7w.el.f,:7w.6g.em.f,:44,:g.44,:2v.44," +
  ":2a.44,:2a.g.44,:2a.2v.44,:ac,:16.2q.22.1j.q,:16.2s.22.1j.q,:en.q,:g.36.q,:eo,:ep,:ad,:7f.eq,:ac.er." +
  "7v,:es,:5z.2u,:61.7x,:c.s.28.1.ae,:b.s.28.1.ae,:g.3i.q,:3i.36.q,:36.3i.q,:et.f.eu,:2a.9a.f,:e.11.2u," +
  ":e.j.2u,:5a.1o,:2a.94,:ev.m,:1v.ew.ex.ey,:95.39.f,:ez.1z,:4l.ad,:af.5f.q,:25.13.5f,:5g.44,:26.13.5f," +
  ":42.13.5f,:1v.13.5f,:26.13.q,:4n.1r,:f0,:k.26.6h,1u:f1.f,:5t.f,:f2.f,:f3.f4.f,:ag.f,:f5.f,:f6.f,:f7." +
  "f,:ah.f,:f8.f,:8z.f9.f,:fa.f,:fb.f,:fc.f,:fd.f,:fe.f,:ff.fg.f,:fh.f,:fi.f,:fj.f,:fk.f,:fl.f,:fm.fn.f" +
  ",:fo.f,:fp.f,:fq.ah.f,:fr.ag.f,:fs.q.f,:ft.f,:fu.f,:fv.f,:fw.f,:fx.f,1s:fy.p,:fz.h.7y.g0,:20.4.27,:7" +
  "j.g1,:3q.2m.l,:g2.p,:g3.g4,:g5.7z,:g6,:7j.g7,:2f.3.2g,:2f.4.37,:5h.4.37,:20.4.37,:ai.7z,:ai.7z.3r.1v" +
  ".4p,:2f.4.1g,:5h.4.1g,:2f.4.1w,:2f.3.1w,:1w.5u.1a.l,:20.4.2h,:g8.f,:g9.ga.97,:2f.4.5w,:20.4.5w,:20.4" +
  ".5x,:2f.4.2n,:5h.4.2n,:20.4.2n,:gb.gc,:gd,:ge.q,:6i.f,:gf.q.f,:gg,:20.4.2o,:gh.f,:aj.f,:4l.aj.f,:5h." +
  "4.2o,:2w.a.3.0.3p,:gi.f,:gj.f,:2f.4.5u,:5h.4.27,:gk.l,:2f.3.1f,:2f.4.1f,:2f.4.58,:2w.4.58,:2f.4.7g,:" +
  "2f.3.1k,:gl.l,:gm.l,:gn.l,:go.l,:gp.ak,:6j.4.5x,:gq.f,:20.3.4p,:20.3.6c,:20.4.6c,:20.4.4p,:20.3s.al," +
  ":2w.1c.4.2g,:2w.1c.4.1w,:2a.1c.4.1w,:2w.1c.4.38,:20.5i.4.3j,:20.5i.3.3j,:20.5i.3.1f,:20.5i.3.1g,:20." +
  "5i.3.59,:gr.2m,:2w.90,:7w.f,:gs,:2w.3.58,:l.17.gt.ak,1t:11.5,:1h.5,:j.5,:1n.5,:c.b.5,:m.n.5,:3a.45.5" +
  ",:3a.2j.5,:3t.2j.5,:3t.45.5,:11.5.1.y,:j.5.1.y,:11.6k.5,:j.6k.5,:11.1v.6l.5,:1h.1v.6l.5,:j.1v.6l.5,:" +
  "1n.1v.6l.5,:11.5.1.am,:j.5.1.am,:11.5.4q.1a,:1h.5.4q.1a,:j.5.4q.1a,:1n.5.4q.1a,:m.n.5.1.gu,:11.5.1.5" +
  "d,:j.5.1.5d,:11.5.1.6m,:j.5.1.6m,:c.b.6k.5,:c.b.5.1.y,:1n.gv.5,:1h.5.1.6n.11,:1h.5.1.6n.j,:1n.5.1.6n" +
  ".11,:1n.5.1.6n.j,:j.5.1.6o.1n,:1n.5.1.6o.11,:80.an.ao.5,:6p.an.ao.5,:3a.45.5.h.64.1a,:11.5.h.1a.3r.j" +
  ".5.h.1a,:80.3u.10.5,:6p.3u.10.5,:11.2k.1.3v.1h,:11.2k.1.3v.1n,:1h.2k.1.3v.j,:1h.2k.1.3v.11,:j.2k.1.3" +
  "v.1h,:j.2k.1.3v.1n,:1n.2k.1.3v.j,:1n.2k.1.3v.11,:j.5.3r.11.5,:1h.5.11.p.1n.5,:11.5.3r.j.5,:11.6q.5j," +
  ":1h.6q.5j,:j.6q.5j,:1n.6q.5j,:11.2k.3r.j.2k,:j.2k.3r.11.2k,:11.g.5.1.y,:c.b.g.5.1.y,:j.g.5.1.y,:11.g" +
  ".5,:1h.g.5,:j.g.5,:1n.g.5,:c.b.g.5,:m.n.g.5,:3a.45.g.5,:3a.2j.g.5,:3t.2j.g.5,:3t.45.g.5,:11.2v.5,:j." +
  "2v.5,:11.ap.5,:j.ap.5,:1h.5.1.g.y,:1n.5.1.g.y,:11.4r.5,:1h.4r.5,:j.4r.5,:1n.4r.5,:11.5.h.1a,:j.5.h.1" +
  "a,:11.d.5,:1h.d.5,:j.d.5,:1n.d.5,:1h.d.5.4q.1a,:1h.d.5.46.6r,:1h.d.5.46.6r.1.r.1a,:1h.d.5.46.6r.1.k." +
  "1a,:1h.d.g.5,:1h.d.g.5.46.6r,:j.d.5.4q.gw,:3a.45.5.h.6o,:3t.2j.5.h.6o,:m.n.d.5,:b.5.1.3.10,:1n.5.11." +
  "p.1h.5,:25.j.5j,:11.5.1.k.y,:j.5.1.k.y,:c.b.5.1.k.y,:11.5.1.g.k.y,:j.5.1.g.k.y,:c.b.5.1.g.k.y,:11.81" +
  ".5,:j.81.5,:c.b.81.5,:17.82,:gx,:gy.gz,:aq.h0,:aq.2x.v.h1,:h2.ar,:h3,:h4,:2y.p,:v.h5.2y.p,:3.2y.p,:3" +
  "b.47.83,:2x.v.84.47.83,:3.3b.47.83,:4g.p.h6,:3s.4s,:3s.h7,:3s.al,:39.f,:h8.f,:13.55,:5b.7x,:ar.39,:1" +
  "o.2z,:3n.2z,:2u.2z,:s.85,:h9.85,:ha.85,:hb.h,:hc,:b.22,:22,:as.22,:hd.22,:he,:2x.v.hf,:86.h,:v.86.h," +
  ":4t.7,:4t.z,:87,:6s,:3c,:g.3c,:2v.3c,:88.3c,:hg.3c,:hh.3c,:6p.3c,:6p.88.3c,:80.88.3c,:hi,:hj,:hk,:at" +
  ",:13.39,:hl,:hm.at,:hn,:1x.2z,:2a.1x,:4l.ho.2e,:hp.6k,:hq.4s,:v.1x,:39.1x,:au.o.h,:v.au.o.h,:5k.o.h," +
  ":5k.3w.v.av.o.h,:3d.5k.32.av.o.h,:89.o.h,:v.89.o.h,:89.o.z.o.h,:2v.1x,:82.o.h,:2c.h,:aw.2c.h,:hr.ax," +
  ":hs.7y.ht,:aw.o.h,:5k.o.h.z.7y.48.p,:48.p.z.5k.o.h,:5t.4k,:4k.5t,:3n.5l.o.h,:3n.o.h,:hu.h,:hv,:hw.h," +
  ":1d.4k,:7p.o.h,:o.h.7n.hx,:as.7n,:hy.o.h,:v.o.h,:ay.h,:v.ay.h,:hz.2c.h,:1p.z.o.h,:1q.z.o.h,:1p.3r.o." +
  "h,:1q.3r.o.h,:1p.3w.v.o.h,:1q.3w.v.o.h,:6t.1p,:6t.1q,:ax,:v.2c.h,:v.1p,:v.1q,:3d.1p.32.o.h,:3d.1q.32" +
  ".o.h,:1p.z.2c.h,:1q.z.2c.h,:3d.1p.32.2c.h,:3d.1q.32.2c.h,:1p.z.1q,:1q.z.1p,:3d.1p.32.1q,:3d.1q.32.1p" +
  ",:4u,:4v,:4u.z.o.h,:4v.z.o.h,:4u.z.2c.h,:4v.z.2c.h,:2x.v.az,:2x.v.b0,:4w.p,:4x.p,:v.1b.4w.p,:v.1b.4x" +
  ".p,:4w.p.z.o.h,:4x.p.z.o.h,:3d.1b.4w.p.32.o.h,:3d.1b.4x.p.32.o.h,:4w.p.1.v.o.h,:4x.p.1.v.o.h,:8a,:8a" +
  ".62,:8a.6s,:s.48.p,:s.5m.p,:s.48.p.z.o.h,:s.5m.p.z.o.h,:s.i0,:s.b1,:t.55,:t.39,:t.8b,:t.5b.7x,:t.13." +
  "2z,:t.3n.2z,:t.1o.2z,:t.4k,:t.1z,:49.55,:49.39,:49.8b,:49.13.2z,:b.6u,:c.6u,:n.6u,:m.6u,:i1,:i2,:b2," +
  ":i3,:2v.k.1a.b.8c,:g.k.1a.g.b.8c,:2x.v.i4,:v.b2,:2x.v.i5,:i6.g.k.1a.g.b.8c,:4u.b3.b4,:4v.b3.b4,:33.3" +
  "x.p,:3b.47.33.3x,:33.3x.p.z.o.h,:3b.47.33.3x.z.o.h,:5m.p,:48.p,:i7,:i8.i9.ia,:ib,:ic,:id,:32,:b.22.1" +
  ".3e,:b.15,:3s.4t.7,:3s.4t.z,:3s.87,:3s.6s,:3f.2z,:13.2z,:1d.2z,:5b.8b,:ie,:c.33.b5.6v.4s,:b.33.b5.6v" +
  ".4s,:c.6v.4s,:b.6v.4s,:2a.1x.4k,:3m.4t.z,:3m.4t.7,:g.4w,:g.4x,:g.87,:g.6s,:if,:o.7.86.h,:1p.1.13,:1q" +
  ".1.13,:b6.6t.1p,:b6.6t.1q,:1p.o.h.z.1q,:1q.o.h.z.1p,:o.h.z.1p,:o.h.z.1q,:o.h.z.4u,:o.h.z.4v,:2x.v.az" +
  ".z.o,:2x.v.b0.z.o,:v.s.48.p.z.o.h,:v.s.5m.p.z.o.h,:s.48.p.z.v.o.h,:s.5m.p.z.v.o.h,:1p.3w.v.2c.h,:1q." +
  "3w.v.2c.h,:4u.3w.v.2c.h,:4v.3w.v.2c.h,:v.33.3x.p,:2x.v.84.47.33.3x,:v.33.3x.p.z.o.h,:2x.v.84.47.33.3" +
  "x.z.o,:k.5e,:ig.r.5e,:m.b.3g.5e,:n.b.3g.5e,:2y.p.1.64.r.y,:2y.p.1.k.1a.57.4g.p.r.y,:3.2y.p.1.k.1a.57" +
  ".4g.p.r.y,:2y.p.1.13.23,:2y.p.1.6w,:3.2y.p.1.6w,:2y.p.1.ih,:2y.p.1.1v.r.ii,:3b.1.64.r.y,:3b.1.k.1a.5" +
  "7.4g.p.r.y,:3.3b.1.k.1a.57.4g.p.r.y,:3b.1.6w,:3.3b.1.6w,:2o.ij.ik.il,e9:6.8.i.r,:6.8.9.r,:6.8.i.k,:6" +
  ".8.9.k,:6.8.i.2v.1z.r,:6.8.9.2v.1z.r,:6.8.i.2v.1z.k,:6.8.9.2v.1z.k,:6.8.i.5g.1z.r,:6.8.9.5g.1z.r,:6." +
  "8.i.5g.1z.k,:6.8.9.5g.1z.k,:6.8.i.n.7.b,:6.8.n.i.7.b.9,:6.8.n.9.7.b.i,:6.8.9.n.7.b,:6.8.i.n.7.c,:6.8" +
  ".n.i.7.c.9,:6.8.n.9.7.c.i,:6.8.9.n.7.c,:6.8.i.m.7.b,:6.8.m.i.7.b.9,:6.8.m.9.7.b.i,:6.8.9.m.7.b,:6.8." +
  "i.m.7.c,:6.8.m.i.7.c.9,:6.8.m.9.7.c.i,:6.8.9.m.7.c,:6.8.i.k.7.b,:6.8.k.i.7.b.9,:6.8.m.9.7.b.n.i,:6.8" +
  ".n.9.7.b.m.i,:6.8.k.9.7.b.i,:6.8.n.i.7.b.m.9,:6.8.m.i.7.b.n.9,:6.8.9.k.7.b,:6.8.i.k.7.c,:6.8.k.i.7.c" +
  ".9,:6.8.m.9.7.c.n.i,:6.8.n.9.7.c.m.i,:6.8.k.9.7.c.i,:6.8.n.i.7.c.m.9,:6.8.m.i.7.c.n.9,:6.8.9.k.7.c,:" +
  "6.8.i.n.7.r,:6.8.c.9.7.b.n.i,:6.8.b.9.7.c.n.i,:6.8.n.i.7.r.9,:6.8.n.9.7.r.i,:6.8.b.i.7.c.n.9,:6.8.c." +
  "i.7.b.n.9,:6.8.9.n.7.r,:6.8.i.m.7.r,:6.8.c.9.7.b.m.i,:6.8.b.9.7.c.m.i,:6.8.m.i.7.r.9,:6.8.m.9.7.r.i," +
  ":6.8.b.i.7.c.m.9,:6.8.c.i.7.b.m.9,:6.8.9.m.7.r,:6.8.i.k.7.r,:6.8.c.9.7.b.k.i,:6.8.b.9.7.c.k.i,:6.8.k" +
  ".i.7.r.9,:6.8.m.9.7.n.r.i,:6.8.n.9.7.m.r.i,:6.8.k.9.7.r.i,:6.8.c.m.9.7.b.n.i,:6.8.b.m.9.7.c.n.i,:6.8" +
  ".c.n.9.7.b.m.i,:6.8.b.n.9.7.c.m.i,:6.8.n.i.7.m.r.9,:6.8.m.i.7.n.r.9,:6.8.b.i.7.c.k.9,:6.8.c.i.7.b.k." +
  "9,:6.8.9.k.7.r,:6.8.i.g.1z.r,:6.8.9.g.1z.r,:6.8.i.g.1z.k,:6.8.9.g.1z.k,:6.8.g.r,:6.8.g.k,:6.8.n.16.7" +
  ".b.g,:6.8.n.g.7.b.16,:6.8.g.n.7.b,:6.8.n.16.7.c.g,:6.8.n.g.7.c.16,:6.8.g.n.7.c,:6.8.m.16.7.b.g,:6.8." +
  "m.g.7.b.16,:6.8.g.m.7.b,:6.8.m.16.7.c.g,:6.8.m.g.7.c.16,:6.8.g.m.7.c,:6.8.k.16.7.b.g,:6.8.k.g.7.b.16" +
  ",:6.8.g.k.7.b,:6.8.k.16.7.c.g,:6.8.k.g.7.c.16,:6.8.g.k.7.c,:6.8.n.16.7.r.g,:6.8.n.g.7.r.16,:6.8.g.n." +
  "7.r,:6.8.m.16.7.r.g,:6.8.m.g.7.r.16,:6.8.g.m.7.r,:6.8.k.16.7.r.g,:6.8.k.g.7.r.16,:6.8.g.k.7.r,:6.8.i" +
  ".3e.n.7.b,:6.8.i.3e.n.7.c,:6.8.i.3e.m.7.c,:6.8.i.3e.m.7.b,:6.8.i.3g.w.b.h.u.c,:6.8.i.3g.w.c.h.u.b,:6" +
  ".8.i.3g.1r,:6.8.i.c,:6.8.i.m,:6.8.i.b,:6.8.i.n,:6.8.9.c,:6.8.9.m,:6.8.9.b,:6.8.9.n,:6.8.i.c.7.9.b,:6" +
  ".8.i.m.7.9.n,:6.8.9.c.7.i.b,:6.8.9.m.7.i.n,:w.1l.1s,:u.24.4y.1s,:u.24.4m.1s,:u.25.4z.1s,:u.1l.1s,:u." +
  "42.4z.1s,:u.25.7m.1s,:u.4j.4z.1s,:92.1s,:c.4j.4z.1s,:c.25.7m.1s,:c.42.4z.1s,:c.1l.1s,:c.25.4z.1s,:c." +
  "24.4m.1s,:c.24.4y.1s,:b.1l.1s,:i.8d,:21.8d,:im.8d,:w.24.4y.1s,:b.24.4y.1s,:1e.u.c,:1e.u.b,:1e.w.c,:1" +
  "e.w.c.7.u.c.7.u.b,:1e.w.c.7.u.b,:1e.w.c.7.w.b.7.u.c,:1e.w.c.7.w.b.7.u.b,:1e.w.b,:1e.w.b.7.u.c,:1e.w." +
  "b.7.u.c.7.u.b,:e.s,:d.s,:d.s.1.in.b7,:d.s.b8.e.3.s,:s.1.r.4a,:s.1.k.4a,:s.1.io.b9.4a,:s.1.w.c.h.u.b." +
  "4a,:s.1.w.b.h.u.c.4a,:s.1.3g.b9.4a,:e.3.s,:d.3.s,:e.6x,:d.6x,:e.k.6x,:d.k.6x,:e.ba,:d.ba,:e.4b.15,:d" +
  ".4b.15,:e.4b.3.15,:d.4b.3.15,:e.2s.15,:d.2s.15,:e.2s.3.15,:d.2s.3.15,:e.2s.6y,:d.2s.6y,:e.5n.15,:d.5" +
  "n.15,:e.5n.3.15,:d.5n.3.15,:e.2q.15,:d.2q.15,:e.2q.3.15,:d.2q.3.15,:e.2q.6y,:d.2q.6y,:e.3f,:d.3f,:d." +
  "3f.b8.e.3.3f,:ip,:iq,:d.10,:4n.10,:10.1.k.4a,:ir,:e.10,:10.1.c.1l.e,:10.1.b.1l.e,:10.1.u.1l.e,:10.1." +
  "w.1l.e,:10.1.w.b.1e.e,:10.1.82.3w.w.c.1e.e,:c.1l.e.10,:b.1l.e.10,:6z.2u,:6z.d.10,:w.1l.6z.d.10,:u.1l" +
  ".6z.d.10,:w.c.1e.70.3e,:w.b.1e.70.3e,:u.b.1e.70.3e,:u.c.1e.70.3e,:w.1l.10,:u.1l.10,:e.u.b.15,:e.u.c." +
  "15,:e.w.c.15,:e.w.b.15,:d.2u,:s.1.c.1l.e,:s.1.b.1l.e,:s.1.w.c.3g.1l.e,:s.1.u.b.3g.1l.e,:d.s.1.k.is.2" +
  "m,:d.4b.15.1.13,:4b.15.1.c.1l.e,:4b.15.1.b.1l.e,:it.10,:d.s.1.w.c.1e,:d.s.1.u.c.1e,:d.s.1.u.b.1e,:d." +
  "s.1.w.b.1e,:d.10.1.w.c.1e,:d.10.1.u.c.1e,:d.10.1.u.b.1e,:d.10.1.w.b.1e,:w.c.15,:w.b.15,:u.c.15,:d.21" +
  ".s,:e.21.s,:d.21.3.s,:e.21.3.s,:u.b.15,:e.71.1.bb,:8e,:8f,:8g,:iu,:e.1d,:d.1d,:iv,:iw,:71,:ix.bc,:iy" +
  ".bc,:iz,:j0,:e.6i,:d.6i,:5o.6,:5o.6.1.72,:5o.6.1.3l,:bd,:8f.1.8h.j1,:be.j2,:d.73.74,:e.73.74,:j3,:2a" +
  ".6j.8i.3y.2u,:e.c.50.51,:e.b.50.51,:d.c.50.51,:d.m.50.51,:d.b.50.51,:d.n.50.51,:j4.7.j5,:j6.f,:j7.f," +
  ":j8.f,:j9,:ja,:jb.1r,:7s.5c,:1r.p.jc,:1r.p.jd,:1d.7.je,:jf.l,:jg.jh,:bf.7.ji,:jj.l,:75.76,:3z.17.jk," +
  ":3z.17.jl,:3z.17.jm,:3z.17.bg,:3z.17.jn,:3z.17.jo,:3z.17.bh,:3z.17.bi,:jp.p.jq,:d.jr.8j,:d.bj.8j,:e." +
  "bj.8j,:d.71.1.bb,:js.4m.8k,:jt.4m.8k,:ju,:5p.f,:bi,:3h.f,:jv,:jw,:bk,:jx,:jy,:jz,:k0,:k1,:k2,:k3,:k4" +
  ",:k5,:k6,:k7,:k8,:k9,:ka,:d.2l.77,:d.2l.bl,:d.2l.bm,:d.2l.bn,:d.2l.bo,:d.2l.bp,:e.2l.77,:e.2l.bl,:e." +
  "2l.bm,:e.2l.bn,:e.2l.bo,:e.2l.bp,:e.bq.40,:d.3y.40,:d.3f.40,:e.br.40,:d.bq.40,:e.3y.40,:e.3f.40,:d.b" +
  "r.40,:be.kb,:4m.bs,:4y.bs,:bt.4y.bu,:bt.kc.bu,:8l.kd.f,:8l.ke.f,:8l.9e.f,:45.bv.1r,:2j.bv.1r,:bw.34." +
  "l,:34.l.17.kf.4c,:34.l.17.kg.4c,:34.l.17.kh.4c,:34.l.17.ki.4c,:34.l.17.kj.4c,:34.l.17.kk.4c,:34.l.17" +
  ".kl.4c,:34.l.17.km.kn,:e.bw.34.l,:ko.8m.l,:kp.8m.l,:kq.8m.f,:kr.l,:52.ks,:52.kt,:52.ku,:52.kv,:52.kw" +
  ",:52.kx,:d.10.1.13.b,:d.10.1.1v.6h,:e.10.1.d.13.b,:e.10.1.1v.d.6h,:bx.17.76,:bx.17.75,:78.17.by.76,:" +
  "78.17.bz.75,:78.17.bz.76,:78.17.by.75,:d.79,:e.79,:bf.7.c0,:ky,:kz.l0,:c1.p.l1,:l2,:l3,:af,:8n,:c1.p" +
  ".l4,:l5.l,:l6,:4d.d.1d,:25.c2.c3.b,:25.c2.c3.c,:l7.f,:l8.l9.f,:c4.5p.f,:c4.3h.f,:la.5p.7.3h.f,:3h.7." +
  "5p.f,:3h.1.y.f,:3h.1.y.7.3h.7.5p.f,:k.3h.1.y.f,:r.3h.1.y.f,:21.d.10,:21.e.10,:21.3.d.10,:lb.l,:lc.l," +
  ":ld.le.l,:lf,:lg.lh,:li,:lj,:lk,:ll,:lm,:ln,:e.8k.lo,:lp,:lq,:lr,:ls,:lt.c5,:lu,:49.lv,:d.7a.c6,:d.7" +
  "a.77,:e.7a.c6,:e.7a.77,:8g.c7.lw,:71.lx.8e,:8h,:e.8g,:bg.8e.7.8h,:2w.d.73.74,:2w.e.73.74,:d.3f.5l.s," +
  ":c8.c9,:ly.ca,:lz,:c0,:ca.m0,:m1.1.d.1r,:t.c8.c9,:m2,:m3.cb,:m4.m5.c.8o.8p,:e.cc.c.8o.8p,:d.cc.c.8o." +
  "8p,:e.c.cd.ce,:d.c.cd.ce,:cf.m6.f,:9.d.5n.15,:c.m7.cb,:49.bd,:m8.3g.5l.d.10.5l.e.s,:e.m9,:cg.c.ma,:c" +
  "g.c.mb,:mc.l.17.bk,:9.10.1.y.7.1v.6h.23,:7b,:md.ch.7b,:me.ch.7b,:4l.7b,:e.1r.46.mf,:mg.mh,:mi,:mj,:m" +
  "k.ml,:8n.c7.mm,:8n.1.mn,:mo.l.17.mp,:bh,:8f.46.mq,:mr,:79.5l.ms,:mt,:mu,:s.26.b7,:mv,:mw.mx,:my.1.c5" +
  ",:mz,:n0.n1.l,:n2.n3.l,:n4.n5,:b1.46.e.s,:d.79.1.r.60.e.n6,:e.n7.5q,:w.ci.5q,:e.5q,:u.ci.5q,:d.5q,:d" +
  ".9.72.q,:6i.n8.f,:n9.cf,:na,:nb,:cj.nc,:cj.8q,:nd.8q,:ne.8q,:u.b.8r,:8r,:w.b.8r,:d.ck,:e.ck,:72.q,:9" +
  ".72.q,:62.3l,:9.62.3l,:5o.3l,:9.5o.3l,:4d.a.1r,:9.a.1r,:3u.3q.1r,:9.3u.3q.1r,:2.1r,:4e.d.2.1r,:4d.2." +
  "1r,:nf.1r,:1d.p.ng,:26.4f.1o,:26.8s.1o,:9.26.8s.1o,:26.nh.1o,:e.26.35.1d,:d.26.35.1d,:ni,:nj.4d.d.1d" +
  ",:t.d.1d,:3u.3q.e.1d,:e.3q.d.1d,:4d.e.1d,:9.4d.e.1d,:8t.1d,:4e.d.1d,:9.1o,:3u.3q.1o,:2d.nk.1o,:2d.35" +
  ".e.1d,:2d.35.8t.1d,:4i.35.e.1d,:2d.35.cl.e.1d,:9.2d.35.cl.e.1d,:nl.35.e.1d,:nm.35.1o,:4f.1o,:3u.3q.4" +
  "f.1o,:9.4f.1o,:4i.cm.e.7.d.7c,:e.7c,:d.7c,:2d.cm.4d.e.7c,:t.3u.3q.2d.35.1d,:9.4f.8t.1o,:8u,:nn.no.8u" +
  ",:9.np.8u,:cn,:9.cn,:8s.1o,:2d.4f.co.1o,:9.2d.4f.co.1o,:1r.q,:4e.d.10,:1m.49.1r.q,:u.b.cp.d.s,:w.b.c" +
  "p.d.s,:u.b.4e.d.s,:w.b.4e.d.s,:e.3i.q.18,:d.3i.q.18,:d.36.q.18,:e.3f.39.d.3l,:9.36.q.l,:i.k.1a,:21.k" +
  ".1a,:9.k.1a,:9.16.2w.41.1j.q.18,:9.16.41.1j.q.18,:9.g.2w.41.1j.q.18,:9.g.41.1j.q.18,:9.5a.16.41.1j.q" +
  ".18,:9.5a.g.41.1j.q.18,:8v.nq.a9.f.18,:9.36.q.18,:9.3y.36.q.18,:9.e.3y,:6j.9.e.3y.2u,:8i.3y,:6j.8i.3" +
  "y.2u,:21.c.4h.18,:21.b.4h.18,:21.cq.c.4h.18,:21.cq.b.4h.18,:21.2q.22.28.18,:21.2s.22.28.18,:9.2q.22." +
  "1j.q.18,:9.2s.22.1j.q.18,:9.2q.22.28.18,:9.2s.22.28.18,:i.c.cr.cs.28.18,:i.b.cr.cs.28.18,:21.c.3m.28" +
  ".18,:21.b.3m.28.18,:14.1m.t.x.24,:14.1m.t.x.1v,:14.1m.t.x.25,:14.1m.t.x.26,:14.1m.t.x.42,:14.1m.t.x." +
  "4i,:14.1m.t.x.4j,:14.1m.t.x.2d,:14.1m.t.x.5s,:14.1m.t.5r.6g,:14.t.1c.x.24,:14.t.1c.x.1v,:14.t.1c.x.2" +
  "5,:14.t.1c.x.26,:14.t.1c.x.42,:14.t.1c.x.4i,:14.t.1c.x.4j,:14.t.1c.x.2d,:14.t.1c.x.5s,:14.t.1c.5r.6g" +
  ",:14.1m.t.1c.x.24,:14.1m.t.1c.x.1v,:14.1m.t.1c.x.25,:14.1m.t.1c.x.26,:14.1m.t.1c.x.42,:14.1m.t.1c.x." +
  "4i,:14.1m.t.1c.x.4j,:14.1m.t.1c.x.2d,:14.1m.t.1c.x.5s,:14.1m.t.1c.5r.6g,:9.nr.j.5,:9.55.f,:9.39.f,:9" +
  ".5b.f,:9.3t.2j.5,:9.j.5,:9.3a.2j.5,:ns.7v.j.5,:9.nt.j.5,:7d.j.5,:9.7d.j.5,:4r.7d.j.5,:9.4r.7d.j.5,:e" +
  ".j.5,:ct.nu.j.8w,:ct.nv.j.8w,:e.j.8w,:9.e.8v.1n.7.j.5,:9.e.8v.1h.7.j.5,:nw.e.j.5,:9.nx.e.j.5,:ny.d.j" +
  ".5,:nz.d.j.5,:o0.4e.d.j.5,:o1.4e.d.j.5,:9.u.7e.d.j.5,:9.w.7e.d.j.5,:cu.u.7e.d.j.5,:3m.6m,:cu.w.7e.d." +
  "j.5,:t.9.d.j.5,:o2.j.5,:53.3t.2j.5,:53.j.5,:53.3a.2j.5,:9.53.3t.2j.5,:9.53.j.5,:9.53.3a.2j.5,:o3.j.5" +
  ",:9.o4.j.5,:cv.j.5,:9.cv.j.5,:o5.j.5,:g.3m.6m,16io:o6,0:o7.o8.q,0:56.6f.7i.54,0:o9,72:oa.7f";

let table: Map<string, number> | null = null;

/** The code point named `name` (case-insensitive), or undefined if the name is not in this table. */
export function lookupCharacterName(name: string): number | undefined {
  if (!table) {
    table = new Map();
    const words = WORDS.split(" ");
    let cp = 0;
    for (const entry of ENTRIES.split(",")) {
      const [delta, indexes] = entry.split(":");
      cp += delta === "" ? 1 : parseInt(delta, 36);
      table.set(
        indexes
          .split(".")
          .map((i) => words[parseInt(i, 36)])
          .join(" "),
        cp,
      );
    }
  }
  return table.get(name.toUpperCase());
}
