@NullMarked
package org.cellbook.audit;

import org.jspecify.annotations.NullMarked;
