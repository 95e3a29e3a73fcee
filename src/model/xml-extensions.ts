// The file extensions web servers send as an XML document, which a browser may open as a page that runs script.
/**
 * Every extension that Debian's /etc/mime.types (which Apache reads there), nginx's mime.types or httpd's own
 * docs/conf/mime.types gives the type text/xml, application/xml or one ending in +xml (application/rss+xml,
 * application/vnd.google-earth.kml+xml …). A browser may open such a type as an XML document (WebKit does every +xml
 * type, Chromium text/xml and application/xml), where elements in the XHTML namespace run script on the site's
 * address. Lower case; tests/unit/xml-extensions.test.ts checks it against the tables installed on the machine.
 */
export const XML_EXTENSIONS: readonly string[] = [
  '1km', 'apxml', 'atom', 'atomcat', 'atomdeleted', 'atomsrv', 'atomsvc', 'bmml', 'ccmp', 'ccxml', 'cdfx', 'cdxml',
  'cellml', 'cl', 'clue', 'cml', 'cpl', 'csl', 'dae', 'davmount', 'dbk', 'dd2', 'ddf', 'dist', 'distz', 'dtb', 'dwd',
  'emma', 'emotionml', 'es3', 'et3', 'fdt', 'fo', 'gml', 'gpx', 'grxml', 'gsheet', 'hal', 'held', 'ink', 'inkml',
  'irp', 'its', 'kml', 'lasxml', 'lbe', 'lgr', 'link66', 'lostsyncxml', 'lostxml', 'mads', 'maei', 'mathml', 'meta4',
  'metalink', 'mets', 'mml', 'mods', 'moml', 'mpd', 'mpkg', 'mrcx', 'mscml', 'musd', 'musicxml', 'mxml', 'ncx',
  'obgx', 'odd', 'omdoc', 'opf', 'osfpvg', 'osm', 'pkg', 'pls', 'provx', 'pskcxml', 'rapd', 'rdf', 'relo', 'res',
  'rfcxml', 'rif', 'rl', 'rld', 'rs', 'rsat', 'rsd', 'rsheet', 'rss', 'rusd', 'sbml', 'scl', 'sdkd', 'sdkm',
  'senmlx', 'sensmlx', 'shf', 'sls', 'smi', 'smil', 'sml', 'sru', 'srx', 'ssdl', 'ssml', 'stpx', 'svg', 'svgz',
  'swidtag', 'td', 'tei', 'teicorpus', 'tfi', 'ttml', 'uis', 'uo', 'uoml', 'uvt', 'uvvt', 'vxml', 'wadl', 'wbs',
  'wif', 'wsdl', 'wspolicy', 'x3d', 'x3dz', 'xaml', 'xav', 'xca', 'xcs', 'xdf', 'xdm', 'xdp', 'xdssc', 'xel', 'xenc',
  'xer', 'xht', 'xhtm', 'xhtml', 'xhvml', 'xlf', 'xml', 'xmls', 'xns', 'xop', 'xpl', 'xsf', 'xsl', 'xslt', 'xsm',
  'xspf', 'xul', 'xvm', 'xvml', 'yin', 'zaz', 'zmm',
];
