#!/usr/bin/env bash
# Makes the synthetic pictures the imaging tests use: known text drawn with ImageMagick, known metadata set with exiftool.
# Every name, number and date here is invented. Run from anywhere; writes next to this script.
#   sudo apt-get install imagemagick libimage-exiftool-perl fonts-dejavu-core
set -euo pipefail
cd "$(dirname "$0")"

# NOTE: some machines have a stand-in called convert that is not ImageMagick; insist on the real one.
IM=""
for c in magick convert /usr/bin/convert; do
  if command -v "$c" >/dev/null 2>&1 && "$c" -version 2>/dev/null | head -1 | grep -q '^Version: ImageMagick'; then IM="$c"; break; fi
done
[ -n "$IM" ] || { echo "ImageMagick is required: sudo apt-get install imagemagick" >&2; exit 1; }
command -v exiftool >/dev/null || { echo "exiftool is required: sudo apt-get install libimage-exiftool-perl" >&2; exit 1; }
FONT=DejaVu-Sans; BOLD=DejaVu-Sans-Bold
# Deterministic PNGs: no creation-time text chunks from ImageMagick.
PNGOPTS=(-depth 8 -define png:exclude-chunks=date,time +set date:create +set date:modify)
ET=(exiftool -q -overwrite_original)

# 1. Wristband: LAST, FIRST name, MRN, DOB, room; full camera metadata with GPS, titles and comments.
"$IM" -size 1000x320 xc:'#fbf6e9' -fill '#c9c2b0' -draw 'rectangle 0,0 999,18' -draw 'rectangle 0,301 999,319' \
  -font "$BOLD" -pointsize 46 -fill black -annotate +40+90 'DOE, JANE M' \
  -font "$FONT" -pointsize 34 -annotate +40+150 'MRN: 00482913    DOB: 03/14/1957' \
  -annotate +40+200 'F  67Y   Rm 412B   Adm: 11/20/2026' \
  -fill black -draw 'rectangle 700,220 704,285' -draw 'rectangle 710,220 712,285' -draw 'rectangle 718,220 724,285' \
  -draw 'rectangle 730,220 732,285' -draw 'rectangle 738,220 744,285' -draw 'rectangle 750,220 751,285' \
  -quality 88 wristband.jpg
"${ET[@]}" -GPSLatitude=42.3601 -GPSLatitudeRef=N -GPSLongitude=71.0589 -GPSLongitudeRef=W \
  -DateTimeOriginal='2026:11:20 08:15:00' -OffsetTimeOriginal='-05:00' -Make=Apple -Model='iPhone 15 Pro' \
  -SerialNumber=F2LXK0TEST -Software='Adobe Lightroom 9.0' -ImageDescription='Bed 12 Jane Doe wristband' \
  -Artist='Sam Example' -XMP-dc:Title='Night shift 7B' -IPTC:Caption-Abstract='ward 7B' -Comment='taken on 7B' wristband.jpg

# 2. Bedside monitor: several vital-sign readouts; GPS at the test workplace (42.3362, -71.1066).
"$IM" -size 1000x600 xc:black -font "$BOLD" \
  -pointsize 44 -fill '#33ff66' -annotate +40+90 'HR 88' -fill '#33ccff' -annotate +520+90 'SpO2 97%' \
  -fill '#ff5555' -annotate +40+260 'NIBP 128/82 (97)' -fill '#ffee33' -annotate +520+260 'RR 16' \
  -fill white -pointsize 36 -annotate +40+520 'Bed 12' -stroke '#33ff66' -strokewidth 3 -fill none \
  -draw 'polyline 40,380 140,380 160,330 180,430 200,380 420,380 440,330 460,430 480,380 960,380' \
  -quality 90 monitor.jpg
"${ET[@]}" -GPSLatitude=42.3362 -GPSLatitudeRef=N -GPSLongitude=71.1066 -GPSLongitudeRef=W \
  -DateTimeOriginal='2026:11:22 03:40:00' -Make=samsung -Model=SM-S918B monitor.jpg

# 3. Room whiteboard: room, care team, name, risks, diet and goals; PNG with text chunks, a time chunk and EXIF with GPS.
"$IM" -size 1100x720 xc:white -stroke '#555555' -strokewidth 6 -fill none -draw 'rectangle 10,10 1089,709' -stroke none \
  -font "$BOLD" -pointsize 46 -fill '#1a3d8f' -annotate +50+90 'Room 412' \
  -font "$FONT" -pointsize 36 -fill black -annotate +50+170 'Patient: Jane Doe' \
  -annotate +50+240 'Your nurse today: Maria RN' -annotate +50+310 'Attending: Dr. Patel' \
  -fill '#b00020' -annotate +50+400 'Fall risk' -annotate +50+470 'NPO after midnight' \
  -fill black -annotate +50+540 'Diet: clear liquids' -annotate +50+610 "Today's goals: walk 3x" \
  "${PNGOPTS[@]}" whiteboard.png
"${ET[@]}" -PNG:Comment='Jane Doe room whiteboard' -PNG:Title='412' -GPSLatitude=42.3362 -GPSLatitudeRef=N \
  -GPSLongitude=71.1066 -GPSLongitudeRef=W -DateTimeOriginal='2026:11:21 19:05:00' -PNG:ModifyDate='2026:11:21 19:06:00' whiteboard.png

# 4. Patient-portal screenshot (phone): portal name, clinician, a result in a bubble, delivery and read receipts.
"$IM" -size 750x1100 xc:'#f2f2f7' -fill '#00539b' -draw 'rectangle 0,0 749,130' \
  -font "$BOLD" -pointsize 44 -fill white -annotate +30+85 'MyChart' -font "$FONT" -pointsize 30 -annotate +520+85 'Messages' \
  -fill black -pointsize 30 -annotate +30+200 'Dr. Rebecca Patel' -fill '#555555' -pointsize 24 -annotate +30+240 'Message from your care team' \
  -fill '#e5e5ea' -draw 'roundrectangle 30,280 640,470 28,28' -fill black -pointsize 28 \
  -annotate +55+330 'Your potassium came back at 5.9.' -annotate +55+375 'Please stop the spironolactone' -annotate +55+420 'and come in today for repeat labs.' \
  -fill '#0a84ff' -draw 'roundrectangle 200,520 720,640 28,28' -fill white -annotate +225+570 'OK, thank you. Should I still' -annotate +225+612 'take my other meds?' \
  -fill '#666666' -pointsize 24 -annotate +560+680 'Delivered' -annotate +520+720 'Read 9:41 AM' \
  -fill white -draw 'roundrectangle 20,1000 730,1070 30,30' -fill '#999999' -pointsize 28 -annotate +45+1045 'Type a message' \
  "${PNGOPTS[@]}" portal.png
"${ET[@]}" -PNG:Software='Screenshot' portal.png

# 5. Ordinary text-message screenshot (no health content): a conversation, but not a patient's.
"$IM" -size 750x900 xc:white -font "$BOLD" -pointsize 34 -fill black -annotate +300+80 'Alex' \
  -font "$FONT" -fill '#8e8e93' -pointsize 24 -annotate +250+150 'iMessage' -annotate +230+190 'Today 6:02 PM' \
  -fill '#e5e5ea' -draw 'roundrectangle 30,230 560,330 28,28' -fill black -pointsize 28 -annotate +55+290 'Are we still on for dinner?' \
  -fill '#0a84ff' -draw 'roundrectangle 330,370 720,470 28,28' -fill white -annotate +355+430 'Yes! See you at 7' \
  -fill '#8e8e93' -pointsize 24 -annotate +610+510 'Delivered' "${PNGOPTS[@]}" sms.png

# 6. A landscape with no text and no metadata: nothing should be found.
"$IM" -size 800x500 gradient:'#87ceeb-#2e8b57' -fill '#1e5f3a' -draw 'polygon 0,500 200,300 420,460 600,280 800,420 800,500' \
  -strip -quality 85 landscape.jpg

# 7. Stored sideways with EXIF orientation 6 (display rotates 90 degrees clockwise), with GPS: orientation must survive scrubbing.
"$IM" -size 700x260 xc:white -font "$BOLD" -pointsize 40 -fill black -annotate +30+100 'MRN: 55512345' \
  -annotate +30+190 'DOB: 07/04/1961' -rotate -90 -quality 90 rotated.jpg
"${ET[@]}" -Orientation#=6 -GPSLatitude=40.7128 -GPSLatitudeRef=N -GPSLongitude=74.0060 -GPSLongitudeRef=W \
  -DateTimeOriginal='2026:11:19 11:00:00' rotated.jpg

# 8. The same wristband as WebP (VP8X with EXIF and XMP chunks) and as HEIC, for metadata in those formats.
"$IM" wristband.jpg -strip -quality 80 webp:wristband.webp
"${ET[@]}" -GPSLatitude=42.3601 -GPSLatitudeRef=N -GPSLongitude=71.0589 -GPSLongitudeRef=W \
  -DateTimeOriginal='2026:11:20 08:15:00' -Make=Google -Model='Pixel 8' -XMP-dc:Title='Night shift 7B' wristband.webp
"$IM" wristband.jpg -strip -quality 60 heic:wristband.heic
"${ET[@]}" -GPSLatitude=42.3601 -GPSLatitudeRef=N -GPSLongitude=71.0589 -GPSLongitudeRef=W \
  -DateTimeOriginal='2026:11:20 08:15:00' -Make=Apple -Model='iPhone 15 Pro' wristband.heic

ls -l wristband.webp wristband.heic wristband.jpg monitor.jpg whiteboard.png portal.png sms.png landscape.jpg rotated.jpg
