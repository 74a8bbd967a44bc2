/**
 * The link text for each source of an answer: its host, which says whose word it is; and where two
 * sources share a host, the host with the last part of the path and any fragment, so
 * "rfc-editor.org, rfc-editor.org" reads "rfc-editor.org/rfc9745, rfc-editor.org/rfc8594" and no two
 * links of an answer sound the same to a screen reader.
 */
export function sourceLabels(urls: readonly string[]): string[] {
  const hosts = urls.map(hostOf);
  return urls.map((url, index) => {
    const host = hosts[index] ?? url;
    const shared = hosts.filter((other) => other === host).length > 1;
    return shared ? `${host}/${pageOf(url)}` : host;
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** `https://www.rfc-editor.org/rfc/rfc9110#section-13` -> `rfc9110#section-13` */
function pageOf(url: string): string {
  try {
    const { pathname, hash } = new URL(url);
    const lastPart =
      pathname
        .split('/')
        .filter((part) => part !== '')
        .at(-1) ?? '';
    return `${lastPart}${hash}`;
  } catch {
    return '';
  }
}
