using System.Threading.Channels;
using FlashCap;

namespace BodyCamUploader;

/// <summary>
/// The shape most body-cam software has: the capture callback only queues frames, a worker drains the queue and
/// hands each frame to a separate client class. The frame crosses three methods and two classes on its way.
/// </summary>
public sealed class SnapshotRelay(IncidentVisionClient vision)
{
    private readonly Channel<byte[]> _snapshots = Channel.CreateBounded<byte[]>(8);

    public async Task<CaptureDevice> StartCaptureAsync(CancellationToken ct)
    {
        CaptureDeviceDescriptor descriptor = new CaptureDevices().EnumerateDescriptors().First();
        CaptureDevice device = await descriptor.OpenAsync(descriptor.Characteristics[0], scope =>
        {
            // Drop the frame rather than block the driver when the worker falls behind.
            _snapshots.Writer.TryWrite(scope.Buffer.CopyImage());
        }, ct);
        await device.StartAsync(ct);
        return device;
    }

    public async Task RelayAsync(CancellationToken ct)
    {
        await foreach (byte[] jpeg in _snapshots.Reader.ReadAllAsync(ct))
        {
            Console.WriteLine(await vision.DescribeAsync(jpeg, ct));
        }
    }
}
