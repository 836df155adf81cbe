import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

// Only the parts the dashboard draws, so the chart chunk stays small; it loads when a chart is first shown.
echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * One ECharts canvas: an image to assistive technology, labelled with a sentence the caller writes (each chart
 * also offers its data as a table). Tooltips are drawn on the canvas (richText), so no inline style reaches the
 * DOM and the strict CSP holds.
 */
export function EChart({ option, label, onPick }: {
  option: ChartOption;
  label: string;
  onPick?: (dataIndex: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({ animation: false, ...option, tooltip: { renderMode: 'richText', ...option.tooltip } });
    if (onPick) chart.on('click', (event) => onPick(event.dataIndex));
    // A resize lays the whole chart out again, and the observer reports the size it starts with: only a change counts.
    let size = `${element.clientWidth}x${element.clientHeight}`;
    const resize = new ResizeObserver(() => {
      const now = `${element.clientWidth}x${element.clientHeight}`;
      if (now === size) return;
      size = now;
      chart.resize();
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option, onPick]);
  return <div ref={ref} className="chart" role="img" aria-label={label} />;
}
