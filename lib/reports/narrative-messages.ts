export const NARRATIVE_CONFLICT =
  'Someone else saved this text while you were editing it. Your text is still in the box: copy it, reload the page to see their version, then make your changes again.';
