/** The one URL builder: a stored URL (`/uploads/x.jpg`, or already absolute on S3/CDN) made absolute against a base. */
export const absoluteUrl = (url: string, base: string): string => {
  if (/^https?:\/\//i.test(url) || !base) return url;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
};
