/** The app icon (public/icons/icon.svg), also used by the manifest. */
export function BrandMark({ className }: { className?: string }) {
  return <img className={className} src={`${import.meta.env.BASE_URL}icons/icon.svg`} alt="" width={64} height={64} />;
}
