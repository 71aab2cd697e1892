// The reader's settings applied before first paint. Prerendered pages inline this script in
// <head> (with a CSP hash), so the stored text size and theme are there before any pixel is
// drawn and before the app's JavaScript loads. It repeats parseSettings + applySettings in a
// few lines of plain ES5 with the tables passed in as JSON; a test runs both on the same
// stored values and requires identical results.
import {
  DEFAULT_SETTINGS,
  FONTS,
  LINE_HEIGHTS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SIZE_STEPS,
  THEMES,
  WIDTHS,
} from '../../data/settings.ts';

const BODY = `var s={},d=document.documentElement,f=t.defaults;
try{s=JSON.parse(localStorage.getItem(t.key))}catch(e){}
if(!s||typeof s!=="object"||Array.isArray(s))s={};
var v=s.version===undefined?0:s.version;
if(v!==0&&v!==t.version)s={};
var own=function(o,k){return typeof k==="string"&&Object.prototype.hasOwnProperty.call(o,k)};
var z=v===0?s.fontSize:s.size,size=f.size;
if(typeof z==="number"&&isFinite(z)){size=t.sizes[0];
for(var i=1;i<t.sizes.length;i++)if(Math.abs(t.sizes[i]-z)<Math.abs(size-z))size=t.sizes[i]}
var st=d.style;
st.setProperty("--reader-font-size",size/16+"rem");
st.setProperty("--reader-font-family",t.fonts[own(t.fonts,s.font)?s.font:f.font]);
st.setProperty("--reader-line-height",t.lineHeights[own(t.lineHeights,s.lineHeight)?s.lineHeight:f.lineHeight]);
st.setProperty("--reader-measure",t.widths[own(t.widths,s.width)?s.width:f.width]);
d.setAttribute("data-theme",t.themes.indexOf(s.theme)>=0?s.theme:"system");
d.setAttribute("data-quotes",(typeof s.highlightQuotes==="boolean"?s.highlightQuotes:f.highlightQuotes)?"on":"off");`;

/**
 * A self-contained script (no imports, never throws) that reads the stored reader settings
 * and sets the same CSS variables and `data-theme`/`data-quotes` on <html> as the app does.
 */
export function bootScript(): string {
  const tables = {
    key: SETTINGS_KEY,
    version: SETTINGS_VERSION,
    sizes: SIZE_STEPS,
    fonts: FONTS,
    lineHeights: LINE_HEIGHTS,
    widths: WIDTHS,
    themes: THEMES,
    defaults: DEFAULT_SETTINGS,
  };
  const body = BODY.replace(/\n/g, '');
  return `(function(t){try{${body}}catch(e){}})(${JSON.stringify(tables)});`;
}
