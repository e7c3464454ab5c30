/** True under `astro dev` only; set by src/integrations/preview-mode.ts. */
declare const __LAB_ESSAYS_PREVIEW__: boolean;
