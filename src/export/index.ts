export * from './svg-renderer';
export * from './png-chunks';
export * from './picture-payload';
export * from './file-names';
export { xmlSafeText, escapeXmlText, escapeXmlAttribute } from './xml-text';
export * from './raster-limits';
