import Cropper, { type Area, type Point } from 'react-easy-crop'
// Its styles as a file: injected as a <style> element, the CSP would refuse them (ADR 0013).
import 'react-easy-crop/react-easy-crop.css'

// The cropper is a chunk of its own, loaded when someone picks a cover (ADR 0015).
export default function CoverCropper({
  url,
  crop,
  zoom,
  onCropChange,
  onZoomChange,
  onArea,
  onNaturalSize,
}: {
  url: string
  crop: Point
  zoom: number
  onCropChange: (crop: Point) => void
  onZoomChange: (zoom: number) => void
  onArea: (pixels: Area) => void
  /** The picture's size in the pixels `onArea` counts in (turned as its EXIF says). */
  onNaturalSize: (size: { width: number; height: number }) => void
}) {
  return (
    <Cropper
      image={url}
      crop={crop}
      zoom={zoom}
      aspect={16 / 9}
      onCropChange={onCropChange}
      onZoomChange={onZoomChange}
      onCropComplete={(_, pixels) => onArea(pixels)}
      onMediaLoaded={({ naturalWidth, naturalHeight }) =>
        onNaturalSize({ width: naturalWidth, height: naturalHeight })
      }
      disableAutomaticStylesInjection
    />
  )
}
