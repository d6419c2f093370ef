-- 委员照片 are sealed at rest (core/pii-cipher.ts sealBytes): `ZXE1 | keyIdLength | keyId | iv(12) | tag(16) | ciphertext`,
-- so the stored bytes are longer than the image by 33 + keyIdLength. `size` stays the image's size; legacy
-- plaintext rows (before scripts/reseal-pii.ts ran) still hold exactly `size` bytes.
ALTER TABLE "member_photo" DROP CONSTRAINT "member_photo_kind";
ALTER TABLE "member_photo" ADD CONSTRAINT "member_photo_kind" CHECK (
  "mime" IN ('image/jpeg', 'image/png', 'image/webp') AND "size" BETWEEN 1 AND 2097152 AND (
    octet_length("content") = "size"
    OR (substring("content" from 1 for 4) = '\x5a584531'::bytea AND octet_length("content") = "size" + 33 + get_byte("content", 4))
  )
);
