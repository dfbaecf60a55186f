/** A made-up client address, so that rate limits counted for one test do not touch another. */
export function randomAddress() {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}
