@NullMarked
package org.cellbook.analysis.xrd;

import org.jspecify.annotations.NullMarked;
