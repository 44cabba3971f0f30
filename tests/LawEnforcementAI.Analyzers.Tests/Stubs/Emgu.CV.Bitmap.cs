// Imitates Emgu.CV.Bitmap 4.13.0 (assembly Emgu.CV.Bitmap.dll): the System.Drawing bridge lives in its own package.
using System.Drawing;

namespace Emgu.CV
{
    public static class BitmapExtension
    {
        public static Bitmap ToBitmap(this Mat mat, bool tryDataSharing = false) => throw null!;
    }
}
