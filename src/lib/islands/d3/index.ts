/**
 * `d3` for the island scripts: the D3 functions the charts call in the browser, and no others.
 * `vite.ts` points the island builds' `d3` here, so a chart that starts using another D3 function
 * stops the build until it is listed. (The server, which draws every page, uses `d3` itself.)
 */
export { scaleBand, scaleLinear } from 'd3-scale';
